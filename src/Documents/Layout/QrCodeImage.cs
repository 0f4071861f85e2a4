using QRCoder;

namespace Platform.Documents.Layout;

/// <summary>A QR code as a black-on-white PNG, error correction M (15%): robust to a worn print, still compact.</summary>
internal static class QrCodeImage
{
    private const int PixelsPerModule = 8;

    public static byte[] Png(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule, [0, 0, 0, 255], [255, 255, 255, 255]);
    }
}

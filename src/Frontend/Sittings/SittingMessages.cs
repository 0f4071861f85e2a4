using Platform.Frontend.Problems;

namespace Platform.Frontend.Sittings;

/// <summary>What the sittings' API says to a person, in en, ru and kk.</summary>
internal static class SittingMessages
{
    public static readonly Text TokenRefused = new("Proctoring token refused", "Токен прокторинга отклонён", "Прокторинг токені қабылданбады");

    public static Text TokenRefusedDetail(string outcome) => new(
        $"The proctoring token of this sitting is {outcome}; ask the candidate's client for a new one.",
        $"Токен прокторинга этой сессии отклонён ({outcome}); запросите новый у клиента кандидата.",
        $"Осы сессияның прокторинг токені қабылданбады ({outcome}); кандидат клиентінен жаңасын сұраңыз.");

    public static readonly Text WrongSitting = new("Event of another sitting", "Событие другой сессии", "Басқа сессияның оқиғасы");

    public static readonly Text WrongSittingDetail = new(
        "Every event of a stream belongs to the sitting its token names; the batch was refused.",
        "Каждое событие потока относится к сессии, указанной в токене; пакет отклонён.",
        "Ағынның әр оқиғасы токенде көрсетілген сессияға тиесілі; топтама қабылданбады.");

    public static readonly Text BatchTooLarge = new("Too many events", "Слишком много событий", "Оқиғалар тым көп");

    public static Text BatchTooLargeDetail(int max) => new(
        $"A batch may carry at most {max} events; send the rest in further batches.",
        $"Пакет может содержать не более {max} событий; отправьте остальные следующими пакетами.",
        $"Бір топтамада {max} оқиғадан артық болмауы тиіс; қалғанын келесі топтамалармен жіберіңіз.");

    public static readonly Text InvalidProgram = new("Invalid qualification program", "Неверная квалификационная программа", "Біліктілік бағдарламасы қате");

    public static Text InvalidProgramDetail(int count) => new(
        $"The program has {count} error(s); each is listed with its path.",
        $"В программе ошибок: {count}; каждая указана с путём.",
        $"Бағдарламада {count} қате бар; әрқайсысы жолымен көрсетілген.");
}

using System.ComponentModel.DataAnnotations;

namespace Platform.Frontend.Validation;

/// <summary>The member must be given and not null; a string must not be empty or blank.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class PresentAttribute : RequiredAttribute
{
    public PresentAttribute()
    {
        ErrorMessageResourceType = typeof(ValidationText);
        ErrorMessageResourceName = nameof(ValidationText.Required);
    }
}

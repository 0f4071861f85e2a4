// The Razor components of the site bring the validation generator's own copy of [ValidatableType] into scope
// (Microsoft.Extensions.Validation.Embedded); the requests mean the framework's one.
global using ValidatableTypeAttribute = Microsoft.Extensions.Validation.ValidatableTypeAttribute;

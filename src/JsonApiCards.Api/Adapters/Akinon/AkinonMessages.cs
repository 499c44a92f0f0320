using System.Globalization;
using Microsoft.Extensions.Localization;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// Every message the Akinon adapter writes, in the request's language (<c>Accept-Language</c>: <c>en</c> or <c>tr</c>),
/// worded as Django REST framework words them. The texts are in <c>AkinonMessages.resx</c> and <c>AkinonMessages.tr.resx</c>.
/// </summary>
internal sealed class AkinonMessages(IStringLocalizer<AkinonMessages> texts)
{
    public string NotAuthenticated => texts[nameof(NotAuthenticated)];

    public string PermissionDenied => texts[nameof(PermissionDenied)];

    public string NotFound => texts[nameof(NotFound)];

    public string InvalidPage => texts[nameof(InvalidPage)];

    public string CsrfTokenMissing => texts[nameof(CsrfTokenMissing)];

    public string CsrfTokenIncorrect => texts[nameof(CsrfTokenIncorrect)];

    public string CsrfCookieNotSet => texts[nameof(CsrfCookieNotSet)];

    public string FieldRequired => texts[nameof(FieldRequired)];

    public string NotAValidString => texts[nameof(NotAValidString)];

    public string InvalidCredentials => texts[nameof(InvalidCredentials)];

    public string LoggedOut => texts[nameof(LoggedOut)];

    public string MalformedJson => texts[nameof(MalformedJson)];

    public string StoreFailed => texts[nameof(StoreFailed)];

    public string Unavailable => texts[nameof(Unavailable)];

    public string MethodNotAllowed(string method) => Format(nameof(MethodNotAllowed), method);

    public string UnsupportedMediaType(string mediaType) => Format(nameof(UnsupportedMediaType), mediaType);

    public string TooLong(int maxLength) => Format(nameof(TooLong), maxLength);

    public string NotAnObject(string received) => Format(nameof(NotAnObject), received);

    public string Throttled(int seconds) => Format(nameof(Throttled), seconds);

    private string Format(string name, object value) => string.Format(CultureInfo.InvariantCulture, texts[name], value);
}

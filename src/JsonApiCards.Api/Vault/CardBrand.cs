namespace JsonApiCards.Api.Vault;

/// <summary>A card scheme, named as Commerce Layer names it, with the number lengths it issues.</summary>
/// <remarks>The set is closed: brands come only from the static members, so the constructor is private.</remarks>
internal sealed class CardBrand
{
    public static readonly CardBrand Visa = new("visa", [13, 16, 19]);
    public static readonly CardBrand Master = new("master", [16]);
    public static readonly CardBrand AmericanExpress = new("american_express", [15], verificationValueLength: 4);
    public static readonly CardBrand Discover = new("discover", [16, 17, 18, 19]);
    public static readonly CardBrand Diners = new("diners", [14, 15, 16, 17, 18, 19]);
    public static readonly CardBrand Jcb = new("jcb", [16, 17, 18, 19]);
    public static readonly CardBrand Maestro = new("maestro", [12, 13, 14, 15, 16, 17, 18, 19]);
    public static readonly CardBrand UnionPay = new("unionpay", [16, 17, 18, 19]);

    public static IReadOnlyList<CardBrand> All { get; } = [Visa, Master, AmericanExpress, Discover, Diners, Jcb, Maestro, UnionPay];

    private CardBrand(string name, int[] allowedLengths, int verificationValueLength = 3)
    {
        Name = name;
        AllowedLengths = allowedLengths;
        VerificationValueLength = verificationValueLength;
    }

    /// <summary>The Commerce Layer name, such as <c>american_express</c>.</summary>
    public string Name { get; }

    /// <summary>The number lengths, in digits, that the brand issues.</summary>
    public IReadOnlyList<int> AllowedLengths { get; }

    /// <summary>How many digits the verification value (CVV, CVC, CID) has.</summary>
    public int VerificationValueLength { get; }

    public bool AllowsLength(int length) => AllowedLengths.Contains(length);

    /// <summary>Finds a brand by its Commerce Layer name, for reading a stored brand back.</summary>
    public static CardBrand? FromName(string? name) => All.FirstOrDefault(brand => brand.Name == name);

    public override string ToString() => Name;
}

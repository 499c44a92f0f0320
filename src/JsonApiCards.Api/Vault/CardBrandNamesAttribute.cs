using System.ComponentModel.DataAnnotations;

namespace JsonApiCards.Api.Vault;

/// <summary>The values a card type may have: the names of <see cref="CardBrand.All"/>, which the OpenAPI document lists.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class CardBrandNamesAttribute() : AllowedValuesAttribute([.. CardBrand.All.Select(brand => (object?)brand.Name)]);

namespace JsonApiCards.JsonApi.Queries.Keyset;

/// <summary>
/// The sort-key values and id of the resource a cursor falls on. A keyset predicate reads them from this object's field,
/// which EF Core sends as SQL parameters, so every position of one shape shares one cached query.
/// </summary>
/// <param name="values">One value per key of the order, the id last.</param>
internal sealed class KeysetPosition(object?[] values)
{
    /// <summary>Read by the predicate (and by EF Core when it extracts the parameters).</summary>
    public readonly object?[] Values = values;

    /// <summary>Which keys hold null: the predicate of a null key differs, so it is part of the shape.</summary>
    public int NullMask
    {
        get
        {
            int mask = 0;
            for (int index = 0; index < Values.Length; index++)
            {
                mask |= Values[index] is null ? 1 << index : 0;
            }

            return mask;
        }
    }
}

using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Security;

/// <summary>What every kind of credential (integration clients, API keys) checks and records when it is created or disabled.</summary>
internal static class NewCredential
{
    public const int MaxNameLength = 200;

    /// <exception cref="ArgumentException">The mode is not a mode, or the name is blank or too long.</exception>
    public static void CheckModeAndName(string mode, string name)
    {
        if (!CardsMode.IsKnown(mode))
        {
            throw new ArgumentException($"The mode must be '{CardsMode.Test}' or '{CardsMode.Live}'.", nameof(mode));
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            throw new ArgumentException($"The name must be 1 to {MaxNameLength} characters.", nameof(name));
        }
    }

    /// <summary>Now on the service's clock, to the millisecond, as the database keeps it.</summary>
    public static DateTime Timestamp(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        DateTime now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    /// <summary>Reads <c>--mode test|live --name NAME</c>, the options of <c>clients create</c> and <c>api-keys create</c>.</summary>
    public static bool TryReadCreateOptions(string[] options, out string? mode, out string? name, out string? problem)
    {
        mode = name = problem = null;
        for (int index = 0; index < options.Length; index += 2)
        {
            string? value = index + 1 < options.Length ? options[index + 1] : null;
            switch (options[index])
            {
                case "--mode" when value is not null && mode is null:
                    mode = value;
                    break;
                case "--name" when value is not null && name is null:
                    name = value;
                    break;
                default:
                    problem = $"Unknown, repeated or incomplete option: {options[index]}";
                    return false;
            }
        }

        if (!CardsMode.IsKnown(mode))
        {
            problem = $"--mode must be '{CardsMode.Test}' or '{CardsMode.Live}'.";
        }
        else if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            problem = $"--name must be 1 to {MaxNameLength} characters.";
        }

        return problem is null;
    }
}

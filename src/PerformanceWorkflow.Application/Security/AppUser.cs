using Microsoft.AspNetCore.Identity;

namespace PerformanceWorkflow.Application.Security;

/// <summary>A person who signs in: local account (ASP.NET Core Identity) or matched from the Comune's identity provider.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>Name and surname, as shown in pages and emails (personal data: never logged).</summary>
    public string FullName { get; set; } = string.Empty;

    /// <summary>Set when an administrator resets the password: the user chooses a new one at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }
}

/// <summary>Identity's messages, in Italian.</summary>
internal sealed class ItalianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"La password deve avere almeno {length} caratteri." };

    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "La password deve contenere almeno una cifra." };

    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "La password deve contenere almeno una lettera minuscola." };

    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "La password deve contenere almeno una lettera maiuscola." };

    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "La password deve contenere almeno un simbolo." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"La password deve contenere almeno {uniqueChars} caratteri diversi." };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "La password attuale non è corretta." };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Il nome utente «{userName}» è già in uso." };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"L'indirizzo «{email}» è già in uso." };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"Nome utente «{userName}» non valido: usare lettere, cifre, punto, trattino." };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"Indirizzo email «{email}» non valido." };

    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Il collegamento non è più valido: richiederne uno nuovo." };

    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = $"L'utente ha già il ruolo {role}." };

    public override IdentityError UserNotInRole(string role) => new() { Code = nameof(UserNotInRole), Description = $"L'utente non ha il ruolo {role}." };

    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Operazione non riuscita." };
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PerformanceWorkflow.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErroreModel : PageModel
{
    public int Status { get; private set; }

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        Status = code ?? StatusCodes.Status500InternalServerError;
        Message = Status switch
        {
            StatusCodes.Status400BadRequest => "La richiesta non è valida: il modulo potrebbe essere scaduto. Ricaricare la pagina e riprovare.",
            StatusCodes.Status403Forbidden => "Non si dispone dei permessi per questa pagina.",
            StatusCodes.Status404NotFound => "La pagina richiesta non esiste o l'elemento non è più presente nel piano.",
            StatusCodes.Status413PayloadTooLarge => "Il file è troppo grande per essere caricato.",
            _ => "Si è verificato un errore imprevisto. Se si ripete, segnalarlo all'ufficio informatico indicando data e ora.",
        };
    }
}

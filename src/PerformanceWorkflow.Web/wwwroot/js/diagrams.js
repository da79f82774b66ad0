// Renders the <pre class="mermaid"> blocks of the diagrams page; strict mode keeps labels as text.
mermaid.initialize({ startOnLoad: true, securityLevel: 'strict', theme: 'neutral' });

// What the demo page does besides the elements: it logs what they report to a host page, and
// switches the language of the section "In de talen van ouders".
document.addEventListener('swv-error', (event) => console.info('swv-error', event.kind, event.message, event.target));
document.addEventListener('swv-load', (event) => console.info('swv-load', event.url, event.target));

// The language choice of the section "In de talen van ouders": `lang` on each element there.
const languageChoice = document.querySelector<HTMLSelectElement>('#talen-keuze');
languageChoice?.addEventListener('change', () => {
  for (const element of document.querySelectorAll('#talen swv-finder, #talen swv-card, #talen opr-info, #talen swv-overview'))
    element.setAttribute('lang', languageChoice.value);
});

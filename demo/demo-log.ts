// Shows in the console what the elements report to a host page.
document.addEventListener('swv-error', (event) => console.info('swv-error', event.kind, event.message, event.target));
document.addEventListener('swv-load', (event) => console.info('swv-load', event.url, event.target));

/**
 * Dev and test servers run the sources, where `DEFAULT_DATA_URL` points at `/src/swv-data/`:
 * serve the committed dataset in `data/` there, as the build copies it beside the bundles.
 */
export function serveDefaultData(ctx, next) {
  if (ctx.path.startsWith('/src/swv-data/')) ctx.path = ctx.path.replace('/src/swv-data/', '/data/');
  return next();
}

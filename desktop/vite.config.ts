import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The renderer build. Workspace packages resolve to their TypeScript sources (`source` condition first).
 * The app is served at `/` by the sync server (and from `app://` inside Electron, where the service worker
 * is not used). The service worker precaches the shell only: nothing under /api/ is ever cached.
 */
const apiTarget = process.env.KELILING_API ?? 'http://127.0.0.1:8080';
/** recharts and the libraries only it uses (kept out of the vendor chunk the field app loads at start). */
const chartLibraries =
  /node_modules[\\/](recharts|victory-vendor|d3-[a-z]+|internmap|@reduxjs|react-redux|redux|redux-thunk|reselect|immer|es-toolkit|eventemitter3|decimal\.js-light|clsx|tiny-invariant)[\\/]/;
const portalLibraries =
  /node_modules[\\/](tus-js-client|js-base64|url-parse|querystringify|requires-port|combine-errors|custom-error-instance|lodash\.[a-z]+|is-stream|buffer-from|@noble[\\/]hashes)[\\/]/;

export default defineConfig({
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Keliling — Pelayanan Keliling Polri',
        short_name: 'Keliling',
        description: 'Pencatatan layanan keliling yang tetap bekerja tanpa jaringan.',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#1d3557',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        // The citizen portal (/layanan) is a separate entry: the staff service worker neither precaches it nor
        // answers its navigations with the staff shell.
        globIgnores: ['layanan.html', 'assets/layanan-*', 'assets/portal-*', 'assets/pow.worker-*'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/healthz/, /^\/readyz/, /^\/layanan/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
      devOptions: { enabled: false },
    }),
    {
      // The staff app's web manifest is not the portal's: /layanan must not offer to install the staff app.
      name: 'keliling-portal-no-staff-manifest',
      enforce: 'post',
      transformIndexHtml: {
        order: 'post',
        handler: (html, ctx) => (ctx.path.endsWith('layanan.html') ? html.replace(/<link rel="manifest"[^>]*>/, '') : html),
      },
    },
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: { main: 'index.html', layanan: 'layanan.html' },
      output: {
        // Chunks only the portal uses carry its prefix, so the staff service worker's globIgnores can leave them out.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => /[\\/]src[\\/]portal[\\/]/.test(id))
            ? 'assets/portal-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
        // Libraries and the region name tables change rarely: separate chunks stay cached across app updates.
        codeSplitting: {
          groups: [
            { name: 'regions', test: /packages[\\/]domain[\\/]src[\\/]regions/ },
            // The portal's own libraries stay out of the staff vendor chunk, so /layanan never loads React.
            {
              name: 'vendor',
              test: (id: string) => /node_modules/.test(id) && !portalLibraries.test(id) && !chartLibraries.test(id),
            },
            // The HQ charts' library (recharts and what only it uses), loaded lazily by the HQ screens that draw them;
            // after vendor, so React and other shared libraries stay there (a group takes its dependencies along).
            {
              name: 'charts',
              test: chartLibraries,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': apiTarget, '/healthz': apiTarget } },
  preview: { proxy: { '/api': apiTarget, '/healthz': apiTarget } },
});

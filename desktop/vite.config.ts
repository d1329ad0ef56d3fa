import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The renderer build. Workspace packages resolve to their TypeScript sources (`source` condition first).
 * The app is served at `/` by the sync server (and from `app://` inside Electron, where the service worker
 * is not used). The service worker precaches the shell only: nothing under /api/ is ever cached.
 */
const apiTarget = process.env.KELILING_API ?? 'http://127.0.0.1:8080';

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
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/healthz/, /^\/readyz/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries and the region name tables change rarely: separate chunks stay cached across app updates.
        codeSplitting: {
          groups: [
            { name: 'regions', test: /packages[\\/]domain[\\/]src[\\/]regions/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': apiTarget, '/healthz': apiTarget } },
  preview: { proxy: { '/api': apiTarget, '/healthz': apiTarget } },
});

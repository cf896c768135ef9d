import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// `npm run build` writes web/dist, which `imon serve` serves at /. For development:
// `npx tsx web/scripts/dev-api.ts --data DIR` (API on :8787) and `npx vite --config web/vite.config.ts`.
export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 700, sourcemap: true },
  server: {
    proxy: {
      '/api': {
        target: process.env.IMON_API ?? 'http://127.0.0.1:8787',
        // The API refuses other origins; the dev server stands in for the same origin.
        configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
      },
    },
  },
});

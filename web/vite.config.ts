import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// React's automatic JSX runtime through Vite's own transform: no plugin needed for a build.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, reportCompressedSize: true },
  // Errors only: TanStack Query's "use client" directives are meaningless here and would be warned about.
  logLevel: 'error',
});

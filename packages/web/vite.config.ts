import { defineConfig } from 'vite';

// No React plugin: esbuild compiles JSX with the automatic runtime, which is all a production build needs
// (the plugin only adds fast refresh for `vite dev`).
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The lineage graph is a lazy chunk of its own, and elkjs alone (a Java layout engine compiled to JS) is
    // ~1.4 MB of it; the other chunks stay far below this limit.
    chunkSizeWarningLimit: 1800,
    rollupOptions: {
      onwarn(warning, warn) {
        // Mantine and React Flow mark their modules "use client" for server components; meaningless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    // `npm run dev -w @sextant/web` proxies the API to a server started with `sextant serve`.
    proxy: { '/api': process.env.SEXTANT_API_URL ?? 'http://127.0.0.1:5440' },
  },
});

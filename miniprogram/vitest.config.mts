import path from 'node:path';
import { defineConfig } from 'vitest/config';

const src = path.resolve(__dirname, 'src');

/**
 * Unit tests run the pages in happy-dom. Taro's API, its components and NutUI are replaced by
 * small stand-ins (src/test/): the real ones need a mini-program or Taro's H5 runtime to start.
 */
export default defineConfig({
  define: {
    'process.env.TARO_ENV': JSON.stringify('h5'),
    API_BASE: JSON.stringify(''),
  },
  resolve: {
    alias: [
      { find: /^@tarojs\/taro$/, replacement: path.join(src, 'test/taro-mock.ts') },
      { find: /^@tarojs\/components$/, replacement: path.join(src, 'test/components-mock.tsx') },
      { find: /^@nutui\/nutui-react-taro$/, replacement: path.join(src, 'test/nutui-mock.tsx') },
      { find: /^@\//, replacement: `${src}/` },
    ],
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: false,
  },
});

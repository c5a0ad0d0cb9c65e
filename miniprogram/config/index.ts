import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const taroEnv = process.env.TARO_ENV ?? 'weapp';

/**
 * Where the mini-program finds the BFF. In the browser an empty base means "same origin", because
 * the BFF serves the H5 build itself; WeChat needs an absolute URL, by default the laptop's BFF.
 */
const apiBase = process.env.API_BASE ?? (taroEnv === 'h5' ? '' : 'http://127.0.0.1:4000');

/** The pure domain code the BFF shares (shared-types/domain) is TypeScript outside src/: Taro compiles it like its own. */
const sharedDomain = path.resolve(__dirname, '..', '..', 'shared-types', 'domain');

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'gongfu',
    date: '2025-11-22',
    designWidth: 375,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${taroEnv}`,
    plugins: [],
    // The browser asks every site for its icon; the H5 build has one (the mini-program has none to give).
    copy: { patterns: taroEnv === 'h5' ? [{ from: 'src/favicon.ico', to: 'dist/h5/favicon.ico' }] : [], options: {} },
    defineConstants: {
      API_BASE: JSON.stringify(apiBase),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [sharedDomain] },
      // Our styles are scoped by class name and only override NutUI with stronger selectors, so
      // the order shared CSS lands in does not matter; without this every page pair warns.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: {
          enable: true,
          // NutUI is drawn for a 375 px screen in px already; converting it twice would shrink it.
          config: { selectorBlackList: ['nut-'] },
        },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: { include: [sharedDomain] },
      publicPath: '/',
      staticDirectory: 'static',
      // Plain React DOM components instead of Web Components: smaller, and inputs are real <input>s.
      useHtmlComponents: true,
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
        // Files imported by URL, such as the barcode decoder's WebAssembly.
        assetModuleFilename: 'static/[name].[contenthash:8][ext]',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: {
          enable: true,
          config: { selectorBlackList: ['nut-'] },
        },
        cssModules: { enable: false },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});

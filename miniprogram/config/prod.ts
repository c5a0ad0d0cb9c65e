import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: {},
  h5: {
    webpackChain(chain) {
      // React DOM and Taro's H5 runtime with its router (whose tab bar is a Stencil web component)
      // already come to about 400 KiB minified, so webpack's default 244 KiB budget cannot be met.
      // The budget sits just above today's size, so that growth in the entry shows up as a warning.
      chain.performance.maxEntrypointSize(460 * 1024).maxAssetSize(160 * 1024);
      // Keep the first download of the H5 entry small: React, the Taro runtime and the rest of
      // node_modules each go to their own long-cached chunk instead of one large entry file.
      chain.optimization.splitChunks({
        chunks: 'all',
        maxInitialRequests: 8,
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // Libraries that only some pages use stay out of the entry, loaded with those pages.
          pageOnly: {
            test: new RegExp(
              [
                'node_modules/qrcode-generator/',
                // The camera's barcode decoder, imported when a camera opens (its WebAssembly is a file of its own).
                'node_modules/barcode-detector/',
                'node_modules/is-mobile/',
                'node_modules/platform/',
                'node_modules/@tarojs/components-react/dist/components/picker/',
                // Taro's H5 APIs are imported one by one: photos (chooseImage with its action
                // sheet and device check), uploads and downloads serve the 工分宝 pages only.
                'node_modules/@tarojs/taro-h5/dist/api/(media|network/(upload|download)|base/system|ui/interaction)',
              ]
                .join('|')
                .replace(/\//g, '[\\\\/]'),
            ),
            chunks: 'async',
            priority: 40,
          },
          react: {
            name: 'react',
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            chunks: 'all',
            priority: 30,
          },
          taro: {
            name: 'taro',
            test: /[\\/]node_modules[\\/]@tarojs[\\/]/,
            chunks: 'all',
            priority: 20,
          },
          vendors: {
            name: 'vendors',
            test: /[\\/]node_modules[\\/]/,
            chunks: 'all',
            priority: 10,
          },
          common: {
            name: 'common',
            minChunks: 2,
            chunks: 'all',
            priority: 1,
            reuseExistingChunk: true,
          },
        },
      });
    },
  },
} satisfies UserConfigExport<'webpack5'>;

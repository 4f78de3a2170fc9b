import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import { PageAssetsPlugin } from './page-assets';
import prodConfig from './prod';

const taroEnv = process.env.TARO_ENV ?? 'weapp';

// @xinghuo/shared is consumed as its built ES2022 dist; it is linked by pnpm, so webpack sees the
// real path outside node_modules and it must be transpiled like our own code for older WeChat clients.
const sharedDir = path.resolve(__dirname, '../../shared');

// H5 is served by the API server on the same origin, so relative URLs are right there.
const apiBase =
  taroEnv === 'h5' ? '' : (process.env.TARO_APP_API_BASE ?? 'https://kepu.example.cn');

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xinghuo-tanguan',
    date: '2025-9-1',
    // NutUI is designed at 375 wide, our own styles at 750.
    designWidth(input) {
      const file = (input as { file?: string } | undefined)?.file;
      if (file && file.replace(/\\+/g, '/').indexOf('@nutui') > -1) return 375;
      return 750;
    },
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${taroEnv}`,
    plugins: [],
    defineConstants: {
      API_BASE: JSON.stringify(apiBase),
    },
    // Map marker icons must be real files in the package: the Map component ignores data URIs.
    copy: {
      patterns:
        taroEnv === 'weapp' ? [{ from: 'src/assets/map/', to: `dist/${taroEnv}/assets/map/` }] : [],
      options: {},
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      compile: { include: [sharedDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      optimizeMainPackage: { enable: true },
      // Component styles are independent; their order across pages does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      // Taro's own root font-size script takes the smaller side of the <html> box, whose height
      // is the content's: while a page is still empty that is short, the root size drops to the
      // 20px floor and jumps back when content arrives, shifting every rem-sized element (most
      // of the home page's layout shift). The viewport's width does not depend on content.
      htmlPluginOption: {
        script:
          '!function(n){function f(){var e=n.document.documentElement,x=40*e.clientWidth/750;e.style.fontSize=x>=40?"40px":x<=20?"20px":x+"px"}n.addEventListener("resize",function(){f();setTimeout(f,500)});f()}(window);',
      },
      publicPath: '/',
      staticDirectory: 'static',
      webpackChain(chain) {
        chain.plugin('page-assets').use(PageAssetsPlugin);
        // Taro splits only the initial chunks, so each figures page would carry its own ECharts:
        // one chunk for them all is fetched once.
        const split = chain.optimization.get('splitChunks');
        if (split) {
          chain.optimization.splitChunks({
            ...split,
            cacheGroups: {
              ...split.cacheGroups,
              charts: {
                test: /[\\/]node_modules[\\/].*(echarts|zrender)[\\/]/,
                chunks: 'async',
                name: 'charts',
                priority: 200,
                enforce: true,
              },
            },
          });
        }
      },
      router: { mode: 'browser' },
      compile: { include: [sharedDir] },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});

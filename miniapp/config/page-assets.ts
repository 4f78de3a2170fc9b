import type { Compiler } from 'webpack';

/**
 * Writes `page-assets.json` into the H5 build: for each page route (`/pages/checkin/index`), the
 * script and style files its lazy chunk needs. The server puts them in the page's HTML as
 * preloads, so a phone fetches a page's code alongside the app's instead of after it has run
 * (one round trip less on the first load of a deep link or a scanned code).
 */
export class PageAssetsPlugin {
  apply(compiler: Compiler): void {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('PageAssets', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'PageAssets',
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        () => {
          const pages: Record<string, string[]> = {};
          for (const group of compilation.chunkGroups) {
            for (const origin of group.origins) {
              const page = /(pages[\w-]*\/[\w/-]+\/index)(\.\w+)?$/.exec(origin.request ?? '');
              if (!page) continue;
              pages[`/${page[1]}`] = group.getFiles().filter((file) => /\.(js|css)$/.test(file));
            }
          }
          compilation.emitAsset('page-assets.json', new RawSource(JSON.stringify(pages)));
        },
      );
    });
  }
}

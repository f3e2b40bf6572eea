import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import { ROOT, tempDir } from '../support';

/**
 * Bundles office-stub.ts (the fake Excel of the host tests, as Office.js) for the browser,
 * with webpack's Node API and the project's ts-loader setup. Returns the script's text.
 */
export function buildOfficeStub(): Promise<string> {
  const out = tempDir('bieu-office-stub-');
  const config: webpack.Configuration = {
    mode: 'development',
    devtool: false,
    context: ROOT,
    target: 'web',
    entry: join(__dirname, 'office-stub.ts'),
    output: { path: out, filename: 'office.js', iife: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: false } } },
        },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(`office stub build failed:\n${stats?.toString({ all: false, errors: true })}`));
      resolve(readFileSync(join(out, 'office.js'), 'utf8'));
    });
  });
}

/* Builds the Excel add-in (taskpane.html, commands.html) and the standalone page (index.html) into build/. */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000';
const root = (...p) => path.resolve(__dirname, ...p);
const exists = (p) => fs.existsSync(root(p));

/** Workers run in their own global scope: each one self-contained bundle at a fixed name, loaded by URL. */
const WORKERS = {
  'consolidate-worker': './src/ui/workers/consolidate.worker.ts',
  'render-worker': './src/web/render.worker.ts',
};
const isWorker = (name) => Object.prototype.hasOwnProperty.call(WORKERS, name);

module.exports = async (_env, argv) => {
  const production = argv.mode === 'production';
  const serving = process.env.WEBPACK_SERVE === 'true';
  const publicUrl = (production && process.env.BIEU_PUBLIC_URL ? process.env.BIEU_PUBLIC_URL : DEV_URL).replace(/\/$/, '');

  const entry = {
    taskpane: './src/addin/taskpane/index.tsx',
    web: './src/web/index.tsx',
  };
  for (const [name, file] of Object.entries(WORKERS)) entry[name] = { import: file, chunkLoading: false };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/addin/taskpane/taskpane.html',
      chunks: ['taskpane'],
    }),
    new HtmlWebpackPlugin({ filename: 'index.html', template: './src/web/index.html', chunks: ['web'] }),
  ];
  // The commands page belongs to the Office part; build it when it is there.
  if (exists('src/addin/commands/commands.ts')) {
    entry.commands = './src/addin/commands/commands.ts';
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: exists('src/addin/commands/commands.html') ? './src/addin/commands/commands.html' : 'auto',
        chunks: ['commands'],
      }),
    );
  }

  const copies = [];
  if (exists('assets/icons')) copies.push({ from: 'assets/icons', to: 'assets/icons', noErrorOnMissing: true });
  if (exists('manifest.xml'))
    copies.push({
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => (production ? content.toString().split(DEV_URL).join(publicUrl) : content),
    });

  const config = {
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry,
    output: {
      path: root('build'),
      filename: (data) => (isWorker(data.chunk.name) ? '[name].js' : '[name].[contenthash:8].js'),
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // ExcelJS's browser bundle carries its own polyfills; its Node entry would need Node's built-ins.
      alias: { exceljs$: require.resolve('exceljs/dist/exceljs.min.js') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules let webpack split chunks and tree-shake; the project's tsconfig stays CommonJS for Node.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true } },
          },
        },
      ],
      // exceljs.min.js is already bundled; parsing it again for requires only costs time.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    },
    optimization: {
      splitChunks: {
        // Worker entries stay one file each (they load no chunks of the pages).
        chunks: (chunk) => !isWorker(chunk.name),
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'vendor-react', priority: 30 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/, name: 'vendor-fluent', priority: 20 },
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'vendor-exceljs', priority: 40, enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [...pages, ...(copies.length ? [new CopyWebpackPlugin({ patterns: copies })] : [])],
  };

  if (serving) {
    // Office only loads add-ins over https; the dev certificate is created on first use.
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: Number(process.env.PORT || 3000),
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: root('build') },
      hot: false,
    };
  }
  return config;
};

const { Client } = require('/work/wt/s9/server/node_modules/pg');
const { migrate } = require('/work/wt/s9/server/dist/database/migrate');
const { seedStatsCatalogue } = require('/work/wt/s9/server/dist/bench/stats-seed');
const { loadStatsHistory } = require('/work/wt/s9/server/dist/bench/stats-load');
(async () => {
  const admin = new Client({ connectionString: 'postgres://postgres:postgres@127.0.0.1:55391/postgres' });
  await admin.connect();
  const name = process.argv[2];
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = `postgres://postgres:postgres@127.0.0.1:55391/${name}`;
  await migrate(url);
  const n = Number(process.argv[3]), v = Number(process.argv[4]);
  await seedStatsCatalogue(url, { venues: 240, visitors: v, trails: 30 });
  const t = Date.now();
  await loadStatsHistory(url, { checkIns: n, visitors: v, venues: 240, onProgress: (m) => console.log(((Date.now()-t)/1000).toFixed(1), m) });
  console.log('done', (Date.now() - t) / 1000);
})();

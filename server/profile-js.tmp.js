const { Client } = require('/work/wt/s9/server/node_modules/pg');
const sql = require('/work/wt/s9/server/dist/stats/fold.sql');
const up = require('/work/wt/s9/server/dist/stats/unique-pairs');
(async () => {
  const db = new Client({ connectionString: 'postgres://postgres:postgres@127.0.0.1:55391/prof' });
  await db.connect();
  const p = { vvFrom: 150000, vvTo: 200000 };
  const b = sql.bind(sql.visitHistory(sql.WINDOW), p);
  let c = process.cpuUsage();
  const h = await db.query(b.text, b.values);
  let u = process.cpuUsage(c); console.log('fetch cpu ms', (u.user + u.system) / 1000, h.rowCount);
  const v = await db.query(sql.SCOPE_VERSIONS);
  for (let i = 0; i < 3; i++) { c = process.cpuUsage(); const d = up.foldVisits(h.rows, v.rows); u = process.cpuUsage(c); console.log('js cpu ms', (u.user + u.system) / 1000, d.length); }
  await db.end();
})();

const { Client } = require('/work/wt/s9/server/node_modules/pg');
const sql = require('/work/wt/s9/server/dist/stats/fold.sql');
const { FINISH_BUCKET_EDGES } = require('/work/wt/s9/server/dist/stats/funnel');
(async () => {
  const db = new Client({ connectionString: 'postgres://postgres:postgres@127.0.0.1:55391/' + process.argv[2] });
  await db.connect();
  const W = 50000; const from = Number(process.argv[4] || 0);
  const p = { ckFrom: from, ckTo: from + W, vvFrom: from, vvTo: from + W, edges: FINISH_BUCKET_EDGES };
  const b = sql.bind(sql[process.argv[3]](sql.WINDOW), p);
  await db.query('BEGIN');
  const r = await db.query('EXPLAIN (ANALYZE, BUFFERS) ' + b.text, b.values);
  console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
  await db.query('ROLLBACK');
  await db.end();
})();

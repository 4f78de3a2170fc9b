const { Client } = require('/work/wt/s9/server/node_modules/pg');
const sql = require('/work/wt/s9/server/dist/stats/fold.sql');
const up = require('/work/wt/s9/server/dist/stats/unique-pairs');
const { FINISH_BUCKET_EDGES } = require('/work/wt/s9/server/dist/stats/funnel');
(async () => {
  const db = new Client({ connectionString: 'postgres://postgres:postgres@127.0.0.1:55391/' + process.argv[2] });
  await db.connect();
  for (const t of ['stat_venue_scope','stat_scope_day','stat_scope_hour','stat_scope_group','stat_checkpoint_day','stat_day_span','unique_pair','trail_fold','trail_funnel_stat','trail_finish_stat']) await db.query(`TRUNCATE ${t}`);
  const W = Number(process.argv[3] || 50000);
  const steps = Number(process.argv[4] || 3);
  let ck = 0, vv = 0; const total = {};
  const t0 = Date.now();
  for (let i = 0; i < steps; i++) {
    const p = { ckFrom: ck, ckTo: ck + W, vvFrom: vv, vvTo: vv + W, edges: FINISH_BUCKET_EDGES };
    const q = async (label, s, params) => { const b = sql.bind(s, params); const t = Date.now(); const r = await db.query(b.text, b.values); total[label] = (total[label]||0) + Date.now() - t; return r; };
    await db.query('BEGIN');
    await q('scopes', sql.ensureScopes(sql.WINDOW), p);
    await q('counts', sql.foldCounts(sql.WINDOW), p);
    const h = await q('history', sql.visitHistory(sql.WINDOW), p);
    const v = await q('versions', sql.SCOPE_VERSIONS, {});
    let t = Date.now(); const d = up.foldVisits(h.rows, v.rows); const hs = d; total.js = (total.js||0) + Date.now() - t;
    await q('pairs', sql.UPSERT_PAIRS, { rows: JSON.stringify(d) });
    await q('funnels', sql.foldFunnels(sql.WINDOW), p);
    await db.query('COMMIT');
    console.log(i, 'history rows', h.rowCount, 'partitions', hs.length, 'deltas', d.length);
    ck += W; vv += W;
  }
  console.log(total, 'total', Date.now() - t0);
  await db.end();
})();

import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/password';
import { FOLD_LOCK_KEY } from '../../src/stats/stats.folder';

/** Fixed ids so tests read like the scenario they describe. */
export const IDS = {
  venueOpen: '00000000-0000-4000-a000-000000000001',
  venueHours: '00000000-0000-4000-a000-000000000002',
  venueFence: '00000000-0000-4000-a000-000000000003',
  venueShaoguan: '00000000-0000-4000-a000-000000000004',
  venueDraft: '00000000-0000-4000-a000-000000000005',
  cpOpen1: '00000000-0000-4000-b000-000000000001',
  cpOpen2: '00000000-0000-4000-b000-000000000002',
  cpRotating: '00000000-0000-4000-b000-000000000003',
  cpHours: '00000000-0000-4000-b000-000000000004',
  cpFence: '00000000-0000-4000-b000-000000000005',
  cpShaoguan: '00000000-0000-4000-b000-000000000006',
  cpDraftVenue: '00000000-0000-4000-b000-000000000007',
  cpInactive: '00000000-0000-4000-b000-000000000008',
  trailTangshan: '00000000-0000-4000-c000-000000000001',
  trailDraft: '00000000-0000-4000-c000-000000000002',
  trailShaoguan: '00000000-0000-4000-c000-000000000003',
  campaignNow: '00000000-0000-4000-d000-000000000001',
  campaign2025: '00000000-0000-4000-d000-000000000002',
  accStaffOpen: '00000000-0000-4000-e000-000000000001',
  accStaffShaoguan: '00000000-0000-4000-e000-000000000002',
  accOrgTangshan: '00000000-0000-4000-e000-000000000003',
  accOrgLunan: '00000000-0000-4000-e000-000000000004',
  accOrgShaoguan: '00000000-0000-4000-e000-000000000005',
  accOrgNational: '00000000-0000-4000-e000-000000000006',
  accStaffHours: '00000000-0000-4000-e000-000000000007',
} as const;

export const PASSWORD = 'kepu2025';

/** username → scope, for the least-privilege tests. */
export const ACCOUNTS = {
  staffOpen: 'staff-open',
  staffShaoguan: 'staff-shaoguan',
  staffHours: 'staff-hours',
  orgTangshan: 'org-tangshan',
  orgLunan: 'org-lunan',
  orgShaoguan: 'org-shaoguan',
  orgNational: 'org-national',
} as const;

export const FENCE_CENTRE = { lat: 39.63, lng: 118.18 };
export const DAY_MS = 86_400_000;

let passwordHash: Promise<string> | undefined;

const TABLES = [
  'audit_event',
  'display_link',
  'review',
  'trail_consent',
  'region_dataset',
  'check_in_answer',
  'learning_stat',
  'stat_cursor',
  'stat_venue_scope',
  'stat_scope_day',
  'stat_scope_hour',
  'stat_scope_group',
  'stat_checkpoint_day',
  'stat_day_span',
  'unique_pair',
  'trail_fold',
  'trail_funnel_stat',
  'trail_finish_stat',
  'idempotency_record',
  'check_in',
  'check_in_stat',
  'venue_visit',
  'trail_progress',
  'account',
  'trail_stop',
  'trail',
  'checkpoint',
  'venue',
  'campaign',
  'visitor',
  'region',
  'rate_limit_counter',
];

/** Empties every table and loads the small catalogue the e2e tests are written against. */
export async function resetDatabase(db: DataSource, now = new Date()): Promise<void> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  await db.transaction(async (tx) => {
    // A fold under way would otherwise hold some of these tables and wait for others.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [FOLD_LOCK_KEY]);
    await tx.query(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    await tx.query(`INSERT INTO region (code, name, level, parent_code, path) VALUES
      ('100000', '全国', 'national', NULL, '100000/'),
      ('130000', '河北省', 'province', '100000', '100000/130000/'),
      ('130200', '唐山市', 'city', '130000', '100000/130000/130200/'),
      ('130202', '路南区', 'county', '130200', '100000/130000/130200/130202/'),
      ('130203', '路北区', 'county', '130200', '100000/130000/130200/130203/'),
      ('440000', '广东省', 'province', '100000', '100000/440000/'),
      ('440200', '韶关市', 'city', '440000', '100000/440000/440200/'),
      ('440204', '浈江区', 'county', '440200', '100000/440000/440200/440204/')`);
    const hours = JSON.stringify(
      Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['09:00', '17:00']]]),
      ),
    );
    await tx.query(
      `INSERT INTO venue (id, name, kind, region_code, address, lat, lng, host, description, opening_hours, geofence_radius_m, status) VALUES
      ($1, '开放实验室', 'spark_hall', '130202', '路南区一号', 39.61, 118.18, '某公司', '全天开放', NULL, NULL, 'published'),
      ($2, '唐山科技馆', 'science_museum', '130203', '路北区二号', 39.64, 118.17, '唐山市科协', '有开放时间', $6::jsonb, NULL, 'published'),
      ($3, '地围实验室', 'spark_hall', '130203', '路北区三号', ${FENCE_CENTRE.lat}, ${FENCE_CENTRE.lng}, '某大学', '有电子围栏', NULL, 300, 'published'),
      ($4, '韶关科技馆', 'science_museum', '440204', '浈江区四号', 24.81, 113.6, '韶关市科协', '另一城市', NULL, NULL, 'published'),
      ($5, '筹建中的场馆', 'education_base', '130202', '路南区五号', 39.6, 118.19, '某单位', '草稿', NULL, NULL, 'draft')`,
      [IDS.venueOpen, IDS.venueHours, IDS.venueFence, IDS.venueShaoguan, IDS.venueDraft, hours],
    );
    const card = (title: string, withQuestion = false): [string, string | null] => [
      JSON.stringify({
        title,
        body: `${title}的科普知识。`,
        ...(withQuestion ? { question: { prompt: '问题？', options: ['甲', '乙', '丙'] } } : {}),
      }),
      withQuestion ? JSON.stringify({ answerIndex: 1, explanation: '因为乙。' }) : null,
    ];
    const checkpoints: Array<[string, string, string, string, boolean, [string, string | null]]> = [
      [IDS.cpOpen1, IDS.venueOpen, '焊接机器人', 'static', true, card('焊接机器人', true)],
      [IDS.cpOpen2, IDS.venueOpen, '视觉检测', 'static', true, card('视觉检测')],
      [IDS.cpRotating, IDS.venueOpen, '大屏互动', 'rotating', true, card('大屏互动')],
      [IDS.cpHours, IDS.venueHours, '地震体验', 'static', true, card('地震体验')],
      [IDS.cpFence, IDS.venueFence, '围栏内展台', 'static', true, card('围栏内展台')],
      [IDS.cpShaoguan, IDS.venueShaoguan, '雷电展区', 'static', true, card('雷电展区')],
      [IDS.cpDraftVenue, IDS.venueDraft, '未开放展台', 'static', true, card('未开放展台')],
      [IDS.cpInactive, IDS.venueOpen, '维修中', 'static', false, card('维修中')],
    ];
    for (const [i, [id, venue, name, mode, active, [c, answer]]] of checkpoints.entries()) {
      await tx.query(
        `INSERT INTO checkpoint (id, venue_id, name, card, answer, qr_mode, active, sort_order) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8)`,
        [id, venue, name, c, answer, mode, active, i],
      );
    }
    await tx.query(
      `INSERT INTO trail (id, name, description, topic, audience_groups, ordered, estimated_minutes, region_code, status) VALUES
      ($1, '唐山智造之旅', '三站', 'robotics', '{teenager,industrial_worker}', true, 120, '130200', 'published'),
      ($2, '未发布路线', '草稿', 'health', '{elderly}', false, 60, '130200', 'draft'),
      ($3, '韶关防雷路线', '一站', 'disaster_prevention', '{farmer}', false, 60, '440200', 'published')`,
      [IDS.trailTangshan, IDS.trailDraft, IDS.trailShaoguan],
    );
    await tx.query(
      `INSERT INTO trail_stop (trail_id, position, checkpoint_id) VALUES
      ($1, 0, $3), ($1, 1, $4), ($1, 2, $5), ($2, 0, $3), ($6, 0, $7)`,
      [
        IDS.trailTangshan,
        IDS.trailDraft,
        IDS.cpOpen1,
        IDS.cpOpen2,
        IDS.cpHours,
        IDS.trailShaoguan,
        IDS.cpShaoguan,
      ],
    );
    await tx.query(
      `INSERT INTO campaign (id, name, theme, starts_at, ends_at, stamp_rule, region_code) VALUES
      ($1, '测试活动', '测试主题', $3, $4, 'per_day', '100000'),
      ($2, '2025年全国科普月', '提升全民科学素质 夯实科技强国基础', '2025-09-01T00:00:00+08:00', '2025-10-01T00:00:00+08:00', 'per_day', '100000')`,
      [
        IDS.campaignNow,
        IDS.campaign2025,
        new Date(now.getTime() - 2 * DAY_MS),
        new Date(now.getTime() + 30 * DAY_MS),
      ],
    );
    await tx.query(
      `INSERT INTO account (id, username, password_hash, display_name, role, venue_id, region_code) VALUES
      ('${IDS.accStaffOpen}', $1, $7, '开放实验室员工', 'staff', $8, NULL),
      ('${IDS.accStaffShaoguan}', $2, $7, '韶关科技馆员工', 'staff', $9, NULL),
      ('${IDS.accOrgTangshan}', $3, $7, '唐山市科协', 'organizer', NULL, '130200'),
      ('${IDS.accOrgLunan}', $4, $7, '路南区科协', 'organizer', NULL, '130202'),
      ('${IDS.accOrgShaoguan}', $5, $7, '韶关市科协', 'organizer', NULL, '440200'),
      ('${IDS.accOrgNational}', $6, $7, '中国科协', 'organizer', NULL, '100000'),
      ('${IDS.accStaffHours}', $10, $7, '唐山科技馆员工', 'staff', $11, NULL)`,
      [
        ACCOUNTS.staffOpen,
        ACCOUNTS.staffShaoguan,
        ACCOUNTS.orgTangshan,
        ACCOUNTS.orgLunan,
        ACCOUNTS.orgShaoguan,
        ACCOUNTS.orgNational,
        hash,
        IDS.venueOpen,
        IDS.venueShaoguan,
        ACCOUNTS.staffHours,
        IDS.venueHours,
      ],
    );
  });
}

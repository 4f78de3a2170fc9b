export const VENUE_KINDS = [
  'spark_hall',
  'education_base',
  'science_museum',
  'science_courtyard',
  'scientist_spirit_base',
  'public_place',
] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

export const VENUE_KIND_LABELS: Record<VenueKind, string> = {
  spark_hall: '科普星火馆',
  education_base: '科普教育基地',
  science_museum: '科技馆',
  science_courtyard: '科技小院',
  scientist_spirit_base: '科学家精神教育基地',
  public_place: '文化场所',
};

export const TOPICS = [
  'ai',
  'health',
  'food_safety',
  'farming',
  'transport',
  'water',
  'low_carbon',
  'disaster_prevention',
  'work_safety',
  'robotics',
  'space',
  'digital_literacy',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  ai: '人工智能',
  health: '卫生健康',
  food_safety: '食品安全',
  farming: '农业生产',
  transport: '交通运输',
  water: '民生水利',
  low_carbon: '低碳生活',
  disaster_prevention: '防灾避险',
  work_safety: '安全生产',
  robotics: '机器人',
  space: '航天科技',
  digital_literacy: '数字素养',
};

export const AUDIENCE_GROUPS = [
  'teenager',
  'farmer',
  'industrial_worker',
  'elderly',
  'official',
  'other',
] as const;
export type AudienceGroup = (typeof AUDIENCE_GROUPS)[number];

export const AUDIENCE_GROUP_LABELS: Record<AudienceGroup, string> = {
  teenager: '青少年',
  farmer: '农民',
  industrial_worker: '产业工人',
  elderly: '老年人',
  official: '领导干部和公务员',
  other: '其他',
};

export const REGION_LEVELS = ['national', 'province', 'city', 'county', 'township'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  national: '全国',
  province: '省级',
  city: '市级',
  county: '县区级',
  township: '乡镇街道',
};

/**
 * A trail's life: proposed and gathering the other venues' consent (`draft`), submitted for
 * review (`in_review`), live (`published`), returned by an organizer (`rejected`), taken down
 * (`unpublished`). Only `published` trails reach visitors.
 */
export const REVIEW_STATUSES = [
  'draft',
  'in_review',
  'published',
  'rejected',
  'unpublished',
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type TrailStatus = ReviewStatus;

/** A venue is set up (`draft`), open to visitors (`published`) or closed by an organizer. */
export const VENUE_STATUSES = ['draft', 'published', 'closed'] as const;
export type VenueStatus = (typeof VENUE_STATUSES)[number];
export const VENUE_STATUS_LABELS: Record<VenueStatus, string> = {
  draft: '筹备中',
  published: '开放中',
  closed: '已关闭',
};

/** A revision of public text: waiting, approved, returned with a comment, or replaced by a newer one. */
export const REVISION_STATUSES = ['pending', 'approved', 'returned', 'superseded'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

/** A venue's answer to being included in another venue's trail. */
export const CONSENT_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const STAMP_RULES = ['per_day', 'per_campaign'] as const;
export type StampRule = (typeof STAMP_RULES)[number];

export const QR_MODES = ['static', 'rotating'] as const;
export type QrMode = (typeof QR_MODES)[number];

export const CHECK_IN_SOURCES = ['live', 'offline'] as const;
export type CheckInSource = (typeof CHECK_IN_SOURCES)[number];

export const ROLES = ['visitor', 'staff', 'organizer'] as const;
export type Role = (typeof ROLES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: '周一',
  tue: '周二',
  wed: '周三',
  thu: '周四',
  fri: '周五',
  sat: '周六',
  sun: '周日',
};

/** "HH:MM" pairs in the venue's local time; a day with no entry is closed. */
export type OpeningHours = Partial<Record<Weekday, Array<[string, string]>>>;

/** A checkpoint's question as visitors see it before answering: never the right answer. */
export interface ScienceQuestion {
  prompt: string;
  options: string[];
}

/** The answer key of a question, kept apart from the card; the server judges with it. */
export interface ScienceAnswer {
  answerIndex: number;
  explanation: string;
}

/** What a visitor needs to know before coming; null means "not stated". */
export interface Accessibility {
  stepFree: boolean | null;
  elderlySeats: boolean | null;
  accessibleToilet: boolean | null;
  parking: boolean | null;
  /** Free text, e.g. "东门有坡道，轮椅可借用". */
  notes: string;
}

export interface VenueContact {
  phone: string;
  email: string;
  website: string;
}

export interface VenueBooking {
  /** Whether visitors must book ahead. */
  required: boolean;
  /** e.g. "提前一天电话预约，团体 20 人以上需预约". */
  notes: string;
  url: string;
}

/** The science card that travels with a stamp and the catalogue: prompt and options only. */
export interface ScienceCard {
  title: string;
  body: string;
  question?: ScienceQuestion;
}

/** A card as its author writes it, question and answer key together. */
export interface AuthoredScienceCard {
  title: string;
  body: string;
  question?: ScienceQuestion & ScienceAnswer;
}

/** GCJ-02 coordinates, as WeChat and Chinese maps use them; H5 converts the browser's WGS-84 fix. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** A position as a phone reports it at a check-in: the point and, when known, its accuracy in metres. */
export type ReportedLocation = GeoPoint & { accuracyM?: number };

/** A GCJ-02 point must lie in this box (China's extent, generously) to be accepted. */
export const CHINA_BOUNDS = { minLat: 3.8, maxLat: 53.6, minLng: 73.4, maxLng: 135.1 } as const;

export function insideChina(point: GeoPoint): boolean {
  return (
    point.lat >= CHINA_BOUNDS.minLat &&
    point.lat <= CHINA_BOUNDS.maxLat &&
    point.lng >= CHINA_BOUNDS.minLng &&
    point.lng <= CHINA_BOUNDS.maxLng
  );
}

/**
 * Per-field limits (characters or items), the same on both sides. A field over its limit is
 * `400 VALIDATION_FAILED` naming it; `413 PAYLOAD_TOO_LARGE` is only for a body over 64 KiB.
 */
export const CONTENT_LIMITS = {
  venueName: 100,
  venueDescription: 5000,
  address: 200,
  host: 100,
  accessibilityNotes: 500,
  phone: 32,
  email: 100,
  url: 300,
  bookingNotes: 500,
  closedDates: 366,
  rangesPerDay: 4,
  geofenceMinM: 50,
  geofenceMaxM: 5000,
  checkpointName: 100,
  cardTitle: 60,
  cardBody: 3000,
  questionPrompt: 200,
  optionsMin: 2,
  optionsMax: 6,
  option: 100,
  explanation: 500,
  trailName: 100,
  trailDescription: 2000,
  trailStopsMin: 2,
  trailStopsMax: 30,
  trailMinutesMax: 24 * 60,
  reviewComment: 500,
  displayName: 64,
  username: 64,
  passwordMin: 8,
  passwordMax: 128,
  label: 60,
} as const;

/** Offline scans replayed later than this are refused. */
export const MAX_OFFLINE_LATENESS_HOURS = 72;

/** The zone a venue's hours and days are read in unless it sets another. */
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/** The root of the region tree (GB/T 2260 has no national code; this is the conventional one). */
export const NATIONAL_REGION_CODE = '100000';

/** What the server accepts in the Idempotency-Key header. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

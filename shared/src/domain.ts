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

/** Publication workflow shared by venues and trails. */
export const REVIEW_STATUSES = ['draft', 'in_review', 'published', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

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

/** Offline scans replayed later than this are refused. */
export const MAX_OFFLINE_LATENESS_HOURS = 72;

/** The zone a venue's hours and days are read in unless it sets another. */
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/** The root of the region tree (GB/T 2260 has no national code; this is the conventional one). */
export const NATIONAL_REGION_CODE = '100000';

/** What the server accepts in the Idempotency-Key header. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

import { CONTENT_LIMITS, type AdminTrailDto, type TrailProposal } from '@xinghuo/shared';

/** A stop as the designer shows it: the checkpoint and the venue it belongs to. */
export interface StopPick {
  checkpointId: string;
  checkpointName: string;
  venueId: string;
  venueName: string;
}

/** The proposal as the designer edits it: stops with their names instead of bare ids. */
export interface TrailForm extends Omit<TrailProposal, 'checkpointIds'> {
  stops: StopPick[];
}

export function trailForm(t?: AdminTrailDto): TrailForm {
  if (!t) {
    return {
      name: '',
      topic: 'robotics',
      audienceGroups: [],
      ordered: true,
      estimatedMinutes: 120,
      description: '',
      stops: [],
    };
  }
  return {
    name: t.name,
    topic: t.topic,
    audienceGroups: [...t.audienceGroups],
    ordered: t.ordered,
    estimatedMinutes: t.estimatedMinutes,
    description: t.description,
    stops: [...t.stops]
      .sort((a, b) => a.position - b.position)
      .map(({ checkpointId, checkpointName, venueId, venueName }) => ({
        checkpointId,
        checkpointName,
        venueId,
        venueName,
      })),
  };
}

export function proposalOf(form: TrailForm): TrailProposal {
  return {
    name: form.name.trim(),
    topic: form.topic,
    audienceGroups: form.audienceGroups,
    ordered: form.ordered,
    estimatedMinutes: form.estimatedMinutes,
    description: form.description.trim(),
    checkpointIds: form.stops.map((s) => s.checkpointId),
  };
}

/** Adds a stop at the end; a checkpoint is on a trail once. */
export function addStop(form: TrailForm, stop: StopPick): TrailForm {
  if (form.stops.some((s) => s.checkpointId === stop.checkpointId)) return form;
  if (form.stops.length >= CONTENT_LIMITS.trailStopsMax) return form;
  return { ...form, stops: [...form.stops, stop] };
}

/** The venues a trail passes, in the order first met: each of them has to agree. */
export function venuesOf(stops: readonly StopPick[]): Array<{ id: string; name: string }> {
  const seen = new Map<string, string>();
  for (const s of stops) if (!seen.has(s.venueId)) seen.set(s.venueId, s.venueName);
  return [...seen].map(([id, name]) => ({ id, name }));
}

const L = CONTENT_LIMITS;

export function trailProblems(form: TrailForm): Record<string, string> {
  const p: Record<string, string> = {};
  if (!form.name.trim()) p.name = '请填写路线名称';
  else if (form.name.length > L.trailName) p.name = `最多 ${L.trailName} 字`;
  if (!Number.isInteger(form.estimatedMinutes) || form.estimatedMinutes < 1) {
    p.estimatedMinutes = '请填写预计用时（分钟）';
  } else if (form.estimatedMinutes > L.trailMinutesMax) {
    p.estimatedMinutes = `最多 ${L.trailMinutesMax} 分钟`;
  }
  if (form.description.length > L.trailDescription) p.description = `最多 ${L.trailDescription} 字`;
  if (form.stops.length < L.trailStopsMin) p.checkpointIds = `至少选择 ${L.trailStopsMin} 个打卡点`;
  else if (form.stops.length > L.trailStopsMax)
    p.checkpointIds = `最多 ${L.trailStopsMax} 个打卡点`;
  return p;
}

/** "机器人 · 3 站 · 2 个场馆": a trail's line in lists. */
export function trailLine(t: Pick<AdminTrailDto, 'stops'>, topicLabel: string): string {
  return `${topicLabel} · ${t.stops.length} 站 · ${new Set(t.stops.map((s) => s.venueId)).size} 个场馆`;
}

/** Whether the proposing venue may still change the trail (the server's rule). */
export function proposalEditable(t: AdminTrailDto | undefined): boolean {
  return !t || t.status === 'draft' || t.status === 'rejected' || t.status === 'unpublished';
}

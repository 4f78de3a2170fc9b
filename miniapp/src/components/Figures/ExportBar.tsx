import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { StatsQuery } from '@xinghuo/shared';
import { FIGURE_FILES, type FigureFile } from '../../api/stats';
import { downloadFailure, progressText, type DownloadProgress } from '../../lib/download-progress';
import { downloadFile } from '../../services/download';
import './export-bar.scss';

type Job =
  | { state: 'running'; progress: DownloadProgress | null }
  | { state: 'done' }
  | { state: 'failed'; message: string };

const GROUPS = [
  { key: 'report', label: '活动总结', hint: '封面、数据、图表与亮点，可直接报送' },
  { key: 'figures', label: '统计数据', hint: '看板上的全部数据' },
  { key: 'check-ins', label: '打卡明细', hint: '不含个人信息，访客以代号表示' },
] as const;

/**
 * One click for each output of the figures shown: the 活动总结 as PDF and Word, the figures and
 * the raw check-ins as Excel and CSV, for the same period and region, with how much of each
 * download has arrived and, when refused, why.
 */
export default function ExportBar({ query }: { query: StatsQuery | null }) {
  const [jobs, setJobs] = useState<Partial<Record<FigureFile['key'], Job>>>({});
  const set = (key: FigureFile['key'], job: Job) => setJobs((j) => ({ ...j, [key]: job }));

  const start = async (file: FigureFile) => {
    if (!query || jobs[file.key]?.state === 'running') return;
    set(file.key, { state: 'running', progress: null });
    const ext = file.path.slice(file.path.lastIndexOf('.'));
    try {
      await downloadFile(
        { path: file.path, query: { ...query } },
        `${file.label.split(' ')[0]}_${query.from}_${query.to}${ext}`,
        (progress) => set(file.key, { state: 'running', progress }),
      );
      set(file.key, { state: 'done' });
    } catch (e) {
      set(file.key, { state: 'failed', message: downloadFailure(e) });
    }
  };

  const lines = FIGURE_FILES.flatMap((f) => {
    const job = jobs[f.key];
    if (!job || job.state === 'done') return [];
    const text =
      job.state === 'running'
        ? `正在生成 ${f.label}…${job.progress ? ` ${progressText(job.progress)}` : ''}`
        : `${f.label} 下载失败：${job.message}`;
    return [{ key: f.key, text, failed: job.state === 'failed' }];
  });

  return (
    <View className="export-bar" id="figures-exports">
      <View className="export-bar__groups">
        {GROUPS.map((g) => (
          <View className="export-bar__group" key={g.key}>
            <View className="export-bar__name">
              <Text className="export-bar__title">{g.label}</Text>
              <Text className="export-bar__hint">{g.hint}</Text>
            </View>
            <View className="export-bar__buttons">
              {FIGURE_FILES.filter((f) => f.group === g.key).map((f) => {
                const job = jobs[f.key];
                return (
                  <Text
                    key={f.key}
                    className={`export-btn ${job?.state === 'running' ? 'is-busy' : ''} ${job?.state === 'done' ? 'is-done' : ''} ${query ? '' : 'is-off'}`}
                    data-file={f.key}
                    data-state={job?.state ?? 'idle'}
                    onClick={() => void start(f)}
                  >
                    {f.label.split(' ')[1]}
                  </Text>
                );
              })}
            </View>
          </View>
        ))}
      </View>
      {lines.length ? (
        <View className="export-bar__status" id="export-status">
          {lines.map((l) => (
            <Text
              key={l.key}
              className={`export-bar__line ${l.failed ? 'is-failed' : ''}`}
              data-file={l.key}
            >
              {l.text}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}

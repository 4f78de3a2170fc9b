import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

/** 共 N 条 · 第 p / n 页, with previous and next; nothing when everything fits on one page. */
export default function Pagination({ page, pageSize, total, onChange }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <View className="pagination" id="pagination">
      <Text className="pagination__total">共 {total} 条</Text>
      {pages > 1 ? (
        <View className="pagination__pages">
          <Text
            className={`pagination__btn ${page <= 1 ? 'is-off' : ''}`}
            onClick={() => page > 1 && onChange(page - 1)}
          >
            上一页
          </Text>
          <Text className="pagination__at">
            {page} / {pages}
          </Text>
          <Text
            className={`pagination__btn ${page >= pages ? 'is-off' : ''}`}
            id="pagination-next"
            onClick={() => page < pages && onChange(page + 1)}
          >
            下一页
          </Text>
        </View>
      ) : null}
    </View>
  );
}

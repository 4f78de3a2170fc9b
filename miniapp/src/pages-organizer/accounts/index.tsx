import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AccountDto, AccountWithPasswordResponse } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import ConfirmDialog from '../../components/ConfirmDialog';
import type { Column } from '../../components/DataTable';
import { instantColumn, statusColumn, titleColumn } from '../../components/DataTable/columns';
import Filters, { Filter } from '../../components/Filters';
import PagedTable from '../../components/PagedTable';
import RegionFilter from '../../components/RegionFilter';
import SearchBox from '../../components/SearchBox';
import SecretOnce from '../../components/SecretOnce';
import { EmptyState } from '../../components/StateView';
import { ADMIN_ROLE_LABELS } from '../../lib/admin-access';
import { accountLook, regionBelow } from '../../lib/admin-labels';
import { useMe } from '../../services/admin-me';
import { useList } from '../../services/use-list';
import CreateAccount from './CreateAccount';
import './index.scss';

type Ask = { account: AccountDto; action: 'disable' | 'enable' | 'reset' };

export default function AccountsPage() {
  const [creating, setCreating] = useState(false);
  return (
    <AdminLayout
      role="organizer"
      nav="accounts"
      title="账号管理"
      subtitle="您可以管理辖区内场馆的工作人员账号，以及下级地区的组织方账号。"
      actions={
        <Button type="primary" onClick={() => setCreating(true)} id="account-new">
          新建账号
        </Button>
      }
    >
      <Accounts creating={creating} setCreating={setCreating} />
    </AdminLayout>
  );
}

function Accounts({
  creating,
  setCreating,
}: {
  creating: boolean;
  setCreating: (v: boolean) => void;
}) {
  const [ask, setAsk] = useState<Ask | null>(null);
  const rootName = useMe().data?.region?.name;
  const [secret, setSecret] = useState<AccountWithPasswordResponse | null>(null);
  const { list, filters, set, bind, paging } = useList(
    'accounts',
    {
      q: '',
      role: '' as 'staff' | 'organizer' | '',
      state: '' as 'active' | 'disabled' | '',
      region: null as string | null,
    },
    (f, page) =>
      adminApi.accounts({
        q: f.q || undefined,
        role: f.role || undefined,
        disabled: f.state === '' ? undefined : f.state === 'disabled',
        region: f.region ?? undefined,
        ...page,
      }),
  );
  const act = async () => {
    if (!ask) return;
    const body = { version: ask.account.version };
    if (ask.action === 'reset') setSecret(await adminApi.resetPassword(ask.account.id, body));
    else if (ask.action === 'disable') await adminApi.disableAccount(ask.account.id, body);
    else await adminApi.enableAccount(ask.account.id, body);
    await list.reload();
    if (ask.action !== 'reset') {
      void Taro.showToast({
        title: ask.action === 'disable' ? '已停用' : '已启用',
        icon: 'success',
      });
    }
  };

  const columns: Array<Column<AccountDto>> = [
    titleColumn<AccountDto>(
      'name',
      '账号',
      (a) => ({ title: a.displayName, sub: a.username }),
      1.8,
    ),
    {
      key: 'role',
      title: '角色',
      sortValue: (a) => a.role,
      render: (a) => ADMIN_ROLE_LABELS[a.role],
    },
    {
      key: 'scope',
      title: '范围',
      grow: 2,
      sortValue: (a) => a.venueName ?? a.regionFullName,
      render: (a) => (
        <View className="cell-main">
          <Text>{a.venueName ?? regionBelow(a.regionFullName, rootName)}</Text>
          {a.venueName ? (
            <Text className="cell-main__sub">{regionBelow(a.regionFullName, rootName)}</Text>
          ) : null}
        </View>
      ),
    },
    statusColumn<AccountDto>(accountLook),
    instantColumn<AccountDto>('created', '创建时间', (a) => a.createdAt),
  ];

  return (
    <>
      <Filters>
        <SearchBox
          value={filters.q}
          placeholder="搜索用户名或姓名"
          onSearch={set('q')}
          id="account-search"
        />
        <Filter
          label="角色"
          id="account-role-filter"
          options={[
            { value: 'staff', label: '场馆工作人员' },
            { value: 'organizer', label: '组织方' },
          ]}
          {...bind('role')}
        />
        <Filter
          label="状态"
          id="account-state-filter"
          options={[
            { value: 'active', label: '正常' },
            { value: 'disabled', label: '已停用' },
          ]}
          {...bind('state')}
        />
        <RegionFilter {...bind('region')} />
      </Filters>
      <PagedTable
        {...paging}
        id="account-table"
        columns={columns}
        rowKey={(a) => a.id}
        empty={<EmptyState title="没有符合条件的账号" />}
        actions={(a) => (
          <>
            <Text className="link-btn" onClick={() => setAsk({ account: a, action: 'reset' })}>
              重置密码
            </Text>
            {a.disabled ? (
              <Text className="link-btn" onClick={() => setAsk({ account: a, action: 'enable' })}>
                启用
              </Text>
            ) : (
              <Text
                className="link-btn is-danger"
                onClick={() => setAsk({ account: a, action: 'disable' })}
              >
                停用
              </Text>
            )}
          </>
        )}
      />
      <ConfirmDialog
        visible={ask !== null}
        title={
          ask?.action === 'reset'
            ? `重置 ${ask.account.displayName} 的密码？`
            : ask?.action === 'disable'
              ? `停用 ${ask.account.displayName}？`
              : `启用 ${ask?.account.displayName ?? ''}？`
        }
        confirmText={
          ask?.action === 'reset' ? '重置密码' : ask?.action === 'disable' ? '停用' : '启用'
        }
        danger={ask?.action !== 'enable'}
        onConfirm={act}
        onClose={() => setAsk(null)}
      >
        <Text>
          {ask?.action === 'reset'
            ? '将生成新的临时密码，该账号在所有设备上的登录立即失效，下次登录时须修改密码。'
            : ask?.action === 'disable'
              ? '停用后该账号立即无法登录，已登录的设备也将在几秒内退出。可随时重新启用。'
              : '启用后该账号可以重新登录。'}
        </Text>
      </ConfirmDialog>
      <CreateAccount
        visible={creating}
        onClose={() => setCreating(false)}
        onCreated={(res) => {
          setCreating(false);
          setSecret(res);
          void list.reload();
        }}
      />
      <SecretOnce
        visible={secret !== null}
        title={`${secret?.account.displayName ?? ''} 的临时密码`}
        secret={secret?.temporaryPassword ?? ''}
        onClose={() => setSecret(null)}
      >
        <Text>
          用户名：<Text className="detail-title">{secret?.account.username}</Text>
        </Text>
      </SecretOnce>
    </>
  );
}

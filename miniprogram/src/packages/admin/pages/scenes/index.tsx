import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AdminScenesDocument, UpdateSceneDocument, type AdminScenesQuery } from './scenes.generated';
import type { WorkpointsModule } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { TextField, parseWholeNumber } from '@/components/TextField';
import { useAction } from '@/hooks/use-action';
import { useQuery } from '@/hooks/use-query';
import '@/components/workpoints.css';
import './index.css';

type Scene = AdminScenesQuery['scenes'][number];

const MODULE_LABEL: Record<WorkpointsModule, string> = {
  ECOLOGY: '生态环境',
  GOVERNANCE: '乡村治理',
  PARTY_CULTURE: '党建文化',
  BEAUTIFUL_HOME: '美丽家园',
};

/**
 * 场景管理: the four modules and twelve scenes activities are published in, as this village has
 * them. A scene can be renamed, described, given other default points, or stopped, for this
 * village only (the catalogue is the county's); a stopped scene takes no new activities, and the
 * old ones keep it.
 */
export default function ScenesPage() {
  const scenes = useQuery(AdminScenesDocument);
  return (
    <PageShell>
      <Text className="page-title">场景管理</Text>
      <Text className="muted">
        四大模块、十二个场景，由县里统一设定。这里的修改只对本村有效，别的村不受影响；停用的场景本村不能再发布新活动。
      </Text>
      <AsyncView state={scenes.state} onRetry={scenes.reload} isEmpty={(d) => d.scenes.length === 0}>
        {(data) =>
          (Object.keys(MODULE_LABEL) as WorkpointsModule[]).map((module) => (
            <Card key={module} title={MODULE_LABEL[module]}>
              {data.scenes
                .filter((s) => s.module === module)
                .map((scene) => (
                  <SceneRow key={scene.id} scene={scene} onSaved={scenes.reload} />
                ))}
            </Card>
          ))
        }
      </AsyncView>
    </PageShell>
  );
}

function SceneRow({ scene, onSaved }: { scene: Scene; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(scene.name);
  const [description, setDescription] = useState(scene.description);
  const [defaultPoints, setDefaultPoints] = useState(String(scene.defaultPoints));
  const update = useAction(UpdateSceneDocument, (d) => d.updateScene);

  async function save(changes: Partial<Pick<Scene, 'name' | 'description' | 'enabled' | 'defaultPoints'>>) {
    const done = await update.run({
      id: scene.id,
      input: { name: scene.name, description: scene.description, enabled: scene.enabled, defaultPoints: scene.defaultPoints, ...changes },
    });
    if (!done) return;
    setEditing(false);
    onSaved();
  }

  return (
    <View className="scene-row" data-testid="scene" data-name={scene.name}>
      <View className="row">
        <View className="row__main">
          <Text className="row__title">{scene.name}</Text>
          <Text className="row__meta">{scene.description || '（没有说明）'}</Text>
          <Text className="row__meta" data-testid="scene-default-points">
            默认 {scene.defaultPoints} 工分{scene.customised ? ' · 本村改过' : ''}
          </Text>
        </View>
        <Text className={scene.enabled ? 'badge' : 'badge badge--muted'}>{scene.enabled ? '使用中' : '已停用'}</Text>
      </View>
      {editing ? (
        <>
          <TextField label="场景名称" value={name} onChange={setName} maxLength={32} {...update.fieldProps('name')} />
          <TextField label="说明" value={description} onChange={setDescription} maxLength={200} {...update.fieldProps('description')} />
          <TextField
            label="默认奖励工分"
            kind="number"
            value={defaultPoints}
            onChange={setDefaultPoints}
            maxLength={4}
            testId="scene-default-points-input"
            {...update.fieldProps('defaultPoints')}
          />
        </>
      ) : null}
      <Notice notice={update.notice} />
      <View className="actions">
        {editing ? (
          <ActionButton
            type="primary"
            loading={update.busy}
            onClick={() => {
              const points = parseWholeNumber(defaultPoints);
              if (points === null || points < 1 || points > 1000) return update.refuse('默认工分填 1 到 1000', 'defaultPoints');
              void save({ name: name.trim(), description: description.trim(), defaultPoints: points });
            }}
          >
            保存
          </ActionButton>
        ) : (
          <ActionButton type="primary" fill="outline" onClick={() => setEditing(true)}>
            修改
          </ActionButton>
        )}
        <ActionButton
          type={scene.enabled ? 'danger' : 'primary'}
          fill="outline"
          loading={update.busy}
          onClick={() => void save({ enabled: !scene.enabled })}
          data-testid="scene-toggle"
        >
          {scene.enabled ? '停用' : '启用'}
        </ActionButton>
      </View>
    </View>
  );
}

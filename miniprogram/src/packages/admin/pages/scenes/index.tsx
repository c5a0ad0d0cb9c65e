import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AdminScenesDocument, UpdateSceneDocument, type AdminScenesQuery } from './scenes.generated';
import type { WorkpointsModule } from '@gongfu/shared-types';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card } from '@/components/Card';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { TextField } from '@/components/TextField';
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
 * 场景管理: the four modules and twelve scenes activities are published in. A scene can be renamed,
 * described, or stopped; a stopped scene takes no new activities, and the old ones keep it.
 */
export default function ScenesPage() {
  const scenes = useQuery(AdminScenesDocument);
  return (
    <PageShell>
      <Text className="page-title">场景管理</Text>
      <Text className="muted">四大模块、十二个场景；停用的场景不能再发布新活动。</Text>
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
  const update = useAction(UpdateSceneDocument, (d) => d.updateScene);

  async function save(changes: Partial<Pick<Scene, 'name' | 'description' | 'enabled'>>) {
    const done = await update.run({
      id: scene.id,
      input: { name: scene.name, description: scene.description, enabled: scene.enabled, ...changes },
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
        </View>
        <Text className={scene.enabled ? 'badge' : 'badge badge--muted'}>{scene.enabled ? '使用中' : '已停用'}</Text>
      </View>
      {editing ? (
        <>
          <TextField label="场景名称" value={name} onChange={setName} maxLength={32} {...update.fieldProps('name')} />
          <TextField label="说明" value={description} onChange={setDescription} maxLength={200} {...update.fieldProps('description')} />
        </>
      ) : null}
      <Notice notice={update.notice} />
      <View className="actions">
        {editing ? (
          <ActionButton
            type="primary"
            loading={update.busy}
            onClick={() => void save({ name: name.trim(), description: description.trim() })}
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

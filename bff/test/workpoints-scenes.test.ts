import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/roles';
import { errorCode, refusal, startTestApp, type TestApp } from './helpers';
import { newPerson } from './workpoints-helpers';

const SCENES = `{ scenes { id code name description enabled defaultPoints customised } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSceneInput!) { updateScene(id: $id, input: $input) { __typename ... on Scene { id name enabled defaultPoints customised } ... on ErrorResult { errorCode message } } }`;
const PUBLISH = `mutation($input: PublishActivityInput!) { publishActivity(input: $input) { __typename ... on Activity { id scene { name defaultPoints } } ... on ErrorResult { errorCode message } } }`;
const HOUR = 3600_000;

interface SceneView {
  id: string;
  code: string;
  name: string;
  description: string;
  enabled: boolean;
  defaultPoints: number;
  customised: boolean;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function scenesOf(token: string): Promise<SceneView[]> {
  return (await app.gql(SCENES, {}, token)).data!.scenes;
}

function activity(sceneId: string) {
  const now = Date.now();
  return {
    sceneId,
    title: '河道巡查',
    description: '',
    points: 20,
    signupOpensAt: new Date(now - HOUR).toISOString(),
    signupClosesAt: new Date(now + 24 * HOUR).toISOString(),
    startsAt: new Date(now + HOUR).toISOString(),
    endsAt: new Date(now + 48 * HOUR).toISOString(),
    place: '河埠头',
    evidence: 'PHOTO',
  };
}

describe("each village's own view of the county's scenes", () => {
  it("lets one village stop, rename and re-price a scene without touching another village's", async () => {
    const [hills, river] = await Promise.all([
      newPerson(app, [Role.VILLAGE_ADMIN], '青山村'),
      newPerson(app, [Role.VILLAGE_ADMIN], '临河村'),
    ]);
    const fiveWaters = (await scenesOf(hills.token)).find((s) => s.code === 'five-waters')!;
    expect(fiveWaters).toMatchObject({ name: '五水共治', enabled: true, defaultPoints: 10, customised: false });

    const input = { name: '山塘巡查', description: fiveWaters.description, enabled: false, defaultPoints: 15 };
    const updated = await app.gql(UPDATE, { id: fiveWaters.id, input }, hills.token);
    expect(updated.data!.updateScene).toMatchObject({ name: '山塘巡查', enabled: false, defaultPoints: 15, customised: true });

    // The other village still has the county's scene, and may publish in it.
    expect((await scenesOf(river.token)).find((s) => s.id === fiveWaters.id)).toEqual(fiveWaters);
    const published = await app.gql(PUBLISH, { input: activity(fiveWaters.id) }, river.token);
    expect(published.data!.publishActivity).toMatchObject({ __typename: 'Activity', scene: { name: '五水共治', defaultPoints: 10 } });
    // The village that stopped it may not; its villagers see the scene in the village's words.
    expect(refusal(await app.gql(PUBLISH, { input: activity(fiveWaters.id) }, hills.token))).toBe('SCENE_DISABLED');
    const villager = await newPerson(app, [Role.VILLAGER], '青山村');
    expect((await scenesOf(villager.token)).find((s) => s.id === fiveWaters.id)).toMatchObject({ name: '山塘巡查', enabled: false });

    await app.gql(UPDATE, { id: fiveWaters.id, input: { ...input, enabled: true } }, hills.token);
    const own = await app.gql(PUBLISH, { input: activity(fiveWaters.id) }, hills.token);
    expect(own.data!.publishActivity.scene).toEqual({ name: '山塘巡查', defaultPoints: 15 });
  });

  it("goes back to following the county when a village chooses the county's values again", async () => {
    const cadre = await newPerson(app, [Role.VILLAGE_ADMIN], '白云村');
    const scene = (await scenesOf(cadre.token)).find((s) => s.code === 'civility')!;
    const county = { name: scene.name, description: scene.description, enabled: scene.enabled, defaultPoints: scene.defaultPoints };
    await app.gql(UPDATE, { id: scene.id, input: { ...county, defaultPoints: 30 } }, cadre.token);
    const back = await app.gql(UPDATE, { id: scene.id, input: county }, cadre.token);
    expect(back.data!.updateScene).toMatchObject({ defaultPoints: scene.defaultPoints, customised: false });
  });

  it('is for cadres, with input that fits, on scenes that exist', async () => {
    const cadre = await newPerson(app, [Role.VILLAGE_ADMIN], '白云村');
    const villager = await newPerson(app, [Role.VILLAGER], '白云村');
    const [scene] = await scenesOf(cadre.token);
    const input = { name: scene.name, description: scene.description, enabled: false, defaultPoints: 10 };
    expect(errorCode(await app.gql(UPDATE, { id: scene.id, input }, villager.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(UPDATE, { id: scene.id, input: { ...input, defaultPoints: 0 } }, cadre.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(UPDATE, { id: scene.id, input: { ...input, name: '长'.repeat(33) } }, cadre.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await app.gql(UPDATE, { id: '999999', input }, cadre.token))).toBe('NOT_FOUND');
    expect((await scenesOf(villager.token))[0].enabled).toBe(true);
  });
});

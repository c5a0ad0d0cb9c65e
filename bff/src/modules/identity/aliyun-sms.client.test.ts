import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, systemClock } from '../../core/clock';
import { FakeAliyunSmsServer } from '../../../test/fakes/aliyun-sms-fake';
import { AliyunSmsProvider, percentEncode, rpcSignature } from './aliyun-sms.client';

describe('the signature of Aliyun RPC requests', () => {
  it("matches the SendSms example in Aliyun's SMS documentation", () => {
    const params = {
      AccessKeyId: 'testId',
      Action: 'SendSms',
      Format: 'XML',
      OutId: '123',
      PhoneNumbers: '15300000001',
      RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0',
      TemplateCode: 'SMS_71390007',
      TemplateParam: '{"customer":"test"}',
      Timestamp: '2017-07-12T02:42:19Z',
      Version: '2017-05-25',
    };
    expect(rpcSignature('GET', params, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('matches the DescribeRegions example of the RPC signature documentation, whatever order the parameters come in', () => {
    const params = {
      Timestamp: '2016-02-23T12:46:24Z',
      Format: 'XML',
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      Version: '2014-05-26',
      SignatureVersion: '1.0',
    };
    expect(rpcSignature('GET', params, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('percent-encodes as RFC 3986 does: a space is %20, * is %2A, ~ stays', () => {
    expect(percentEncode("a b*~!'()")).toBe('a%20b%2A~%21%27%28%29');
    expect(percentEncode('{"code":"1"}')).toBe('%7B%22code%22%3A%221%22%7D');
  });
});

describe('sending a login code through dysmsapi', () => {
  const fake = new FakeAliyunSmsServer();
  let endpoint: string;
  beforeAll(async () => {
    endpoint = await fake.start();
  });
  afterAll(() => fake.stop());

  const provider = (overrides: Partial<ConstructorParameters<typeof AliyunSmsProvider>[0]> = {}, clock = systemClock) =>
    new AliyunSmsProvider(
      {
        accessKeyId: fake.accessKeyId,
        accessKeySecret: fake.accessKeySecret,
        signName: '共富乡村',
        templateCode: 'SMS_154950909',
        endpoint,
        regionId: 'cn-hangzhou',
        ...overrides,
      },
      clock,
    );

  it('sends a signed request the fake accepts, with the code in the template', async () => {
    expect(await provider().sendLoginCode('13700001234', '042917')).toEqual({ ok: true });
    expect(fake.sent.at(-1)).toEqual({ phone: '13700001234', signName: '共富乡村', templateCode: 'SMS_154950909', code: '042917' });
  });

  it('uses a fresh nonce each time, so two sends are both accepted', async () => {
    const sms = provider();
    expect(await sms.sendLoginCode('13700001235', '111111')).toEqual({ ok: true });
    expect(await sms.sendLoginCode('13700001235', '222222')).toEqual({ ok: true });
  });

  it('is refused when signed with the wrong secret, and says why for the log', async () => {
    const result = await provider({ accessKeySecret: 'not-the-secret' }).sendLoginCode('13700001236', '333333');
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(fake.refusals.at(-1)).toBe('SignatureDoesNotMatch');
  });

  it('is refused with a stale timestamp', async () => {
    const result = await provider({}, new ManualClock(new Date(Date.now() - 3600_000))).sendLoginCode('13700001237', '444444');
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(fake.refusals.at(-1)).toBe('InvalidTimeStamp.Expired');
  });

  it("reports Aliyun's flow control as rate_limited", async () => {
    expect(await provider().sendLoginCode('13911110000', '555555')).toMatchObject({ ok: false, reason: 'rate_limited' });
  });

  it('reports an unreachable or failing service as unavailable, never throwing', async () => {
    fake.down = true;
    try {
      expect(await provider().sendLoginCode('13700001238', '666666')).toMatchObject({ ok: false, reason: 'unavailable' });
    } finally {
      fake.down = false;
    }
    const closed = await provider({ endpoint: 'http://127.0.0.1:1', timeoutMs: 2000 }).sendLoginCode('13700001238', '666666');
    expect(closed).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

import { Switch } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { MyMerchantsDocument, RegisterMerchantDocument, SetMerchantOdrDocument, type MyMerchantFragment } from './business.generated';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { AsyncView } from '@/components/AsyncView';
import { Card, InfoRow } from '@/components/Card';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Notice } from '@/components/Notice';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StatusViews';
import { TextField } from '@/components/TextField';
import { CREDIT_CODE_ERRORS, creditCodeHint, normalizeCreditCode } from '@/domain/credit-code';
import { useAction } from '@/hooks/use-action';
import { useQuery } from '@/hooks/use-query';
import '@/components/complaint/complaint.css';

/** What joining ODR commits a business to, said plainly. */
const ODR_EXPLAINED = [
  '顾客的投诉不经过市场监管部门受理，直接交给您。',
  '您要在 10 个工作日内和顾客协商解决；提出和解方案后，顾客答复前期限暂停。',
  '谈不拢或超过期限，投诉会转给市场监管部门调解。',
  '每一步都有记录，顾客和市场监管部门都能看到。',
];

/** 商家登记: the businesses the merchant acts for (by 统一社会信用代码), and whether each is in ODR. */
export default function MerchantBusinessPage() {
  const { state, reload } = useQuery(MyMerchantsDocument);
  return (
    <PageShell>
      <Text className="page-title">商家登记</Text>
      <Text className="complaint-intro">登记营业执照上的商家，顾客才能找到您、投诉才会交到您手上。</Text>
      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={(d) => d.myMerchants.length === 0}
        empty={<EmptyState title="还没有登记商家" hint="请在下面填写营业执照上的信息。" />}
      >
        {({ myMerchants }) => myMerchants.map((m) => <MerchantCard key={m.id} merchant={m} onChanged={reload} />)}
      </AsyncView>
      <RegisterForm onRegistered={reload} />
    </PageShell>
  );
}

function OdrExplained() {
  return (
    <View className="odr-explained">
      {ODR_EXPLAINED.map((line) => (
        <Text key={line} className="complaint-switch__hint">
          · {line}
        </Text>
      ))}
    </View>
  );
}

function MerchantCard({ merchant, onChanged }: { merchant: MyMerchantFragment; onChanged: () => void }) {
  const [asking, setAsking] = useState<boolean | null>(null);
  // No longer acting for this business (another agent removed it): the list is loaded anew.
  const changeOdr = useAction(SetMerchantOdrDocument, (d) => d.setMerchantOdr, { onStale: onChanged });

  async function confirm() {
    if (asking === null) return;
    const done = await changeOdr.run({ input: { merchantId: merchant.id, odr: asking } });
    setAsking(null);
    if (!done) return;
    changeOdr.say({ tone: 'success', text: done.odr ? '已加入 ODR，新投诉会直接交给您' : '已退出 ODR，新投诉先由市场监管部门受理' });
    onChanged();
  }

  return (
    <Card title={merchant.name}>
      <View data-testid="my-merchant" data-id={merchant.id}>
        <InfoRow label="统一社会信用代码" value={merchant.creditCode} />
        <InfoRow label="地址" value={merchant.address} />
        <InfoRow label="经营范围" value={merchant.licenceScope} />
        <View className="complaint-switch">
          <View className="complaint-switch__text">
            <Text className="complaint-switch__label">在线消费纠纷解决（ODR）</Text>
            <Text className="complaint-switch__hint">
              {merchant.odr ? '已加入：投诉直接交给您处理' : '未加入：投诉先由市场监管部门受理'}
            </Text>
          </View>
          <Switch
            checked={merchant.odr}
            onChange={(value) => {
              changeOdr.say(null);
              setAsking(value);
            }}
            ariaLabel={`${merchant.name} 加入 ODR`}
            {...ariaRole('switch')}
            aria-checked={merchant.odr}
            data-testid="odr-switch"
          />
        </View>
        <Notice notice={changeOdr.notice} testId="odr-notice" />
      </View>
      <ConfirmSheet
        open={asking !== null}
        title={asking ? '加入在线消费纠纷解决（ODR）' : '退出 ODR'}
        confirmText={asking ? '我承诺，加入' : '确定退出'}
        busy={changeOdr.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(null)}
        testId="odr-sheet"
      >
        {asking ? (
          <OdrExplained />
        ) : (
          <Text className="complaint-sheet__text">退出后，新的投诉先由市场监管部门受理；已有的投诉照常处理。</Text>
        )}
      </ConfirmSheet>
    </Card>
  );
}

function RegisterForm({ onRegistered }: { onRegistered: () => void }) {
  const [creditCode, setCreditCode] = useState('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [licenceScope, setLicenceScope] = useState('');
  const [odr, setOdr] = useState(false);
  const register = useAction(RegisterMerchantDocument, (d) => d.registerMerchant);
  // The code's line under the field says what is wrong with it: as typed, or (the check character,
  // a code already registered) as the BFF found it; editing the code clears the BFF's word.
  const { error: codeRefused, ...codeField } = register.fieldProps('creditCode');
  const refusedCode = codeRefused ? register.problem : null;
  const hint = creditCodeHint(creditCode) ?? (refusedCode ? (CREDIT_CODE_ERRORS[refusedCode.code] ?? refusedCode.message) : null);

  async function submit() {
    const code = normalizeCreditCode(creditCode);
    const typedHint = creditCodeHint(code);
    if (!code) return register.refuse('请填统一社会信用代码', 'creditCode');
    if (typedHint) return register.refuse(`统一社会信用代码：${typedHint}`, 'creditCode');
    if (name.trim().length < 2) return register.refuse('请填营业执照上的名称', 'name');
    if (address.trim().length < 4) return register.refuse('请填经营地址（至少 4 个字）', 'address');
    if (licenceScope.trim().length < 2) return register.refuse('请填经营范围，例如：水果、蔬菜零售', 'licenceScope');
    const done = await register.run({
      input: { creditCode: code, name: name.trim(), address: address.trim(), licenceScope: licenceScope.trim(), odr },
    });
    if (!done) return;
    setCreditCode('');
    setName('');
    setAddress('');
    setLicenceScope('');
    setOdr(false);
    register.say({ tone: 'success', text: `已登记 ${done.name}` });
    onRegistered();
  }

  return (
    <Card title="登记新商家">
      <TextField
        label="统一社会信用代码"
        value={creditCode}
        onChange={setCreditCode}
        placeholder="营业执照上的 18 位代码"
        maxLength={24}
        testId="register-credit-code"
        {...codeField}
      />
      <Text className={hint ? 'complaint-field-hint complaint-field-hint--problem' : 'complaint-field-hint'} data-testid="credit-code-hint">
        {hint ?? '18 位，只有数字和大写字母（没有 I、O、Z、S、V）'}
      </Text>
      <TextField
        label="名称"
        value={name}
        onChange={setName}
        placeholder="营业执照上的名称"
        maxLength={80}
        testId="register-name"
        {...register.fieldProps('name')}
      />
      <TextField
        label="经营地址"
        value={address}
        onChange={setAddress}
        placeholder="例如：大石盖村 12 号"
        maxLength={120}
        testId="register-address"
        {...register.fieldProps('address')}
      />
      <TextField
        label="经营范围"
        value={licenceScope}
        onChange={setLicenceScope}
        placeholder="例如：水果、蔬菜零售"
        maxLength={300}
        testId="register-scope"
        {...register.fieldProps('licenceScope')}
      />
      <View className="complaint-switch">
        <View className="complaint-switch__text">
          <Text className="complaint-switch__label">加入在线消费纠纷解决（ODR）</Text>
          <Text className="complaint-switch__hint">加入后：</Text>
        </View>
        <Switch
          checked={odr}
          onChange={setOdr}
          ariaLabel="加入 ODR"
          {...ariaRole('switch')}
          aria-checked={odr}
          data-testid="register-odr"
        />
      </View>
      <OdrExplained />
      <Notice notice={register.notice} testId="register-notice" />
      <ActionButton
        className="wide-button complaint-gap"
        type="primary"
        size="large"
        block
        loading={register.busy}
        onClick={() => void submit()}
        data-testid="register-submit"
      >
        登记
      </ActionButton>
    </Card>
  );
}

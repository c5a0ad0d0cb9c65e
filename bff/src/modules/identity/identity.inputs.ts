import { Length, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { MAINLAND_MOBILE } from '@gongfu/shared-types/domain/phone';

@ArgsType()
export class WechatLoginArgs {
  @Field(() => String, { description: 'wx.login() 得到的 code' })
  @Length(1, 128, { message: '微信登录凭证无效' })
  code!: string;
}

@ArgsType()
class PhoneArgs {
  @Field(() => String)
  @Matches(MAINLAND_MOBILE, { message: '请输入正确的 11 位手机号' })
  phone!: string;
}

@ArgsType()
export class RequestLoginCodeArgs extends PhoneArgs {
  @Field(() => Boolean, { defaultValue: false, description: '登录页的演示账号列表发起：演示数据开启时验证码显示在页面上，不发短信' })
  fromDemoPicker!: boolean;
}

@ArgsType()
export class PhoneLoginArgs extends PhoneArgs {
  @Field(() => String, { description: '短信里的 6 位验证码' })
  @Matches(/^\d{6}$/, { message: '验证码是 6 位数字' })
  code!: string;
}

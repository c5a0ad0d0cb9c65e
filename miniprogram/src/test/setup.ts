import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetTaroMock } from './taro-mock';

beforeEach(() => resetTaroMock());
afterEach(() => cleanup());

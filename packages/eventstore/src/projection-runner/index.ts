export { ProjectionRunner } from './projection-runner';
export type {
  ProjectionLag,
  ProjectionRunnerOptions,
  RunResult,
  RunnerProjection,
  StateCodec,
} from './projection-runner.types';

import type { ChildProcess } from "node:child_process";

export type ClusterInstance = { name: string; port: number; child: ChildProcess | null };
export function ensureNginx(): void;
export function startCluster(options?: {
  port?: number;
  size?: number;
  env?: Record<string, string | undefined>;
  failover?: boolean;
  quiet?: boolean;
}): Promise<{
  url: string;
  instances: ClusterInstance[];
  start(instance: ClusterInstance): Promise<void>;
  stopInstance(instance: ClusterInstance, signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}>;

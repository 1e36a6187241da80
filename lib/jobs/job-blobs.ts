/** Where a job's files live in blob storage; deleting the job deletes the prefix. */
export const jobBlobPrefix = (workspaceId: string, jobId: number) => `ws/${workspaceId}/jobs/${jobId}/`;
export const jobOriginalKey = (workspaceId: string, jobId: number) => `${jobBlobPrefix(workspaceId, jobId)}original`;
export const jobWavKey = (workspaceId: string, jobId: number) => `${jobBlobPrefix(workspaceId, jobId)}audio.wav`;
export const jobSourceTextKey = (workspaceId: string, jobId: number) => `${jobBlobPrefix(workspaceId, jobId)}source.txt`;

/*
  Warnings:

  - A unique constraint covering the columns `[generationId]` on the table `Kit` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "generationId" TEXT,
ADD COLUMN     "sourceBlobKey" TEXT,
ADD COLUMN     "transcriptionId" TEXT;

-- AlterTable
ALTER TABLE "Kit" ADD COLUMN     "generationId" TEXT;

-- AlterTable
ALTER TABLE "Transcript" ADD COLUMN     "requestId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Kit_generationId_key" ON "Kit"("generationId");

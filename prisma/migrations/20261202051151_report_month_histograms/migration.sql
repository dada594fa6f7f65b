-- CreateTable
CREATE TABLE "ReportMonthHistogram" (
    "month" DATE NOT NULL,
    "teamId" TEXT NOT NULL DEFAULT '',
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL DEFAULT '',
    "metric" TEXT NOT NULL,
    "business" BOOLEAN NOT NULL,
    "buckets" INTEGER[],
    "counts" INTEGER[],

    CONSTRAINT "ReportMonthHistogram_pkey" PRIMARY KEY ("dimension","month","teamId","key","metric","business")
);

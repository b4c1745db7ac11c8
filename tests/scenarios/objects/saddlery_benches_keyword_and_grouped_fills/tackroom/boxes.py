def hire_bench_box(site):
    return site.container

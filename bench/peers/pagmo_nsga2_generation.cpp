// Time per NSGA-II generation in pagmo2 (single-threaded, evaluation of the cheap problem included), measured the way
// bench/Metaheuristics.Benchmarks/Nsga2GenerationBenchmarks.cs measures ours: (time of G2 generations − time of G1) / (G2 − G1).
// Build: g++ -O3 -DNDEBUG pagmo_nsga2_generation.cpp -o pagmo_nsga2_generation -lpagmo -ltbb -lboost_serialization
// Run:   ./pagmo_nsga2_generation   (prints one row per problem and population: median and min over repetitions)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>
#include <pagmo/algorithms/nsga2.hpp>
#include <pagmo/population.hpp>
#include <pagmo/problem.hpp>
#include <pagmo/problems/dtlz.hpp>
#include <pagmo/problems/zdt.hpp>

static double run_ms(const pagmo::problem &prob, unsigned pop_size, unsigned generations, unsigned seed)
{
    auto start = std::chrono::steady_clock::now();
    pagmo::population pop{prob, pop_size, seed};
    pagmo::algorithm algo{pagmo::nsga2(generations, 0.9, 20., 1. / prob.get_nx(), 20., seed)};
    pop = algo.evolve(pop);
    auto end = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(end - start).count();
}

static void measure(const char *name, const pagmo::problem &prob, unsigned pop_size, int repetitions)
{
    const unsigned few = 5, many = 25;
    std::vector<double> per_generation;
    for (int r = 0; r < repetitions; ++r) {
        double a = run_ms(prob, pop_size, few, 1 + r);
        double b = run_ms(prob, pop_size, many, 1 + r);
        per_generation.push_back((b - a) / (many - few));
    }
    std::sort(per_generation.begin(), per_generation.end());
    std::printf("| %s | %u | %.3f ms | %.3f ms |\n", name, pop_size, per_generation[per_generation.size() / 2], per_generation.front());
}

int main()
{
    pagmo::problem zdt1{pagmo::zdt(1, 30)};
    pagmo::problem dtlz2{pagmo::dtlz(2, 12, 3)};
    std::printf("| problem | population | median per generation | min per generation |\n|---|---|---|---|\n");
    for (unsigned pop_size : {100u, 1000u, 4000u}) {
        int repetitions = pop_size == 100 ? 41 : pop_size == 1000 ? 7 : 3;
        measure("zdt1", zdt1, pop_size, repetitions);
        measure("dtlz2", dtlz2, pop_size, repetitions);
    }
}

// NSGA-II hypervolume in pagmo2 over many seeds, with the settings of ../shared/peers.md (population 100, 250
// generations, p_c 0.9, SBX η_c 20, p_m 1/n, polynomial η_m 20), so that ours (`quality nsga2 N`) can be set beside
// pagmo's own distribution at the same number of seeds rather than beside an 11-seed median only.
// Build: g++ -O3 -DNDEBUG pagmo_nsga2_quality.cpp -o pagmo_nsga2_quality -lpagmo -ltbb -lboost_serialization
// Run:   ./pagmo_nsga2_quality 31   (seeds 1..N; prints one row per problem: median, min, max of the final first front's
//        hypervolume, counting only the points inside the reference box, as peers.md does)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>
#include <pagmo/algorithms/nsga2.hpp>
#include <pagmo/population.hpp>
#include <pagmo/problem.hpp>
#include <pagmo/problems/dtlz.hpp>
#include <pagmo/problems/zdt.hpp>
#include <pagmo/utils/hypervolume.hpp>
#include <pagmo/utils/multi_objective.hpp>

static double front_hypervolume(const pagmo::population &pop, const pagmo::vector_double &reference)
{
    auto fronts = std::get<0>(pagmo::fast_non_dominated_sorting(pop.get_f()));
    std::vector<pagmo::vector_double> inside;
    for (auto index : fronts[0]) {
        const auto &f = pop.get_f()[index];
        bool in_box = true;
        for (std::size_t k = 0; k < f.size(); ++k) {
            in_box = in_box && f[k] < reference[k];
        }
        if (in_box) {
            inside.push_back(f);
        }
    }
    if (inside.empty()) {
        return 0.0;
    }
    return pagmo::hypervolume(inside, false).compute(reference);
}

static void measure(const char *name, const pagmo::problem &prob, const pagmo::vector_double &reference, unsigned seeds)
{
    std::vector<double> volumes;
    for (unsigned seed = 1; seed <= seeds; ++seed) {
        pagmo::population pop{prob, 100u, seed};
        pagmo::algorithm algo{pagmo::nsga2(250u, 0.9, 20., 1. / static_cast<double>(prob.get_nx()), 20., seed)};
        pop = algo.evolve(pop);
        volumes.push_back(front_hypervolume(pop, reference));
    }
    std::sort(volumes.begin(), volumes.end());
    std::printf("| %s | %u | %.5f | %.5f | %.5f |\n", name, seeds, volumes[volumes.size() / 2], volumes.front(),
                volumes.back());
}

int main(int argc, char **argv)
{
    unsigned seeds = argc > 1 ? static_cast<unsigned>(std::atoi(argv[1])) : 31u;
    std::printf("| problem | seeds | HV median | HV min | HV max |\n|---|---|---|---|---|\n");
    measure("zdt1", pagmo::problem{pagmo::zdt(1u, 30u)}, {1.1, 1.1}, seeds);
    measure("zdt2", pagmo::problem{pagmo::zdt(2u, 30u)}, {1.1, 1.1}, seeds);
    measure("zdt3", pagmo::problem{pagmo::zdt(3u, 30u)}, {1.1, 1.1}, seeds);
    measure("zdt4", pagmo::problem{pagmo::zdt(4u, 10u)}, {1.1, 1.1}, seeds);
    measure("zdt6", pagmo::problem{pagmo::zdt(6u, 10u)}, {1.1, 1.1}, seeds);
    measure("dtlz1", pagmo::problem{pagmo::dtlz(1u, 7u, 3u)}, {0.6, 0.6, 0.6}, seeds);
    measure("dtlz2", pagmo::problem{pagmo::dtlz(2u, 12u, 3u)}, {1.1, 1.1, 1.1}, seeds);
    return 0;
}

package cn.tenstrong.enterprise;

import java.util.List;

/** 链主 assignments with their basis, per chain. */
public interface ChainLeaders {

    /** A chain's assignments, applied or waiting for their enterprise to enter the library. */
    List<ChainLeader> leaders(String chainCode);

    /** All assignments. */
    List<ChainLeader> all();
}
